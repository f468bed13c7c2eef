import { Circle, Kind } from "./shapes";

function Badge({ label, children }: { label: string; children?: unknown }) {
  return <span class="badge" data-label={label}>{children}</span>;
}

export const view = (items: readonly Circle[]): string =>
  (<ul>
    {items.map((item) => <li key={item.name}><Badge label={Kind[item.kind]}>{item.describe()}</Badge></li>)}
    <>&amp; more</>
  </ul>).html;
