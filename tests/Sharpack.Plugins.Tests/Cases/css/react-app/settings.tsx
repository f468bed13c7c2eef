import * as styles from "./settings.module.css";

export function Settings({ items }: { items: readonly string[] }) {
  return (
    <ul className={styles.panel}>
      {items.map(item => <li key={item}>{item}</li>)}
    </ul>
  );
}

export const panelClass: string = styles.panel;
