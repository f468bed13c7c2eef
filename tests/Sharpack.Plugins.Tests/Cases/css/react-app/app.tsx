import "./global.css";
import * as styles from "./app.module.css";

interface AppProps {
  title: string;
  active?: boolean;
}

export function App({ title, active = false }: AppProps) {
  return (
    <div className={styles.shell}>
      <h1 className={active ? styles.active : styles.header}>{title}</h1>
    </div>
  );
}
