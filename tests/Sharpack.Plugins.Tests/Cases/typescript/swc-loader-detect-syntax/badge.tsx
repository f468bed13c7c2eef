import { h } from "./h";
import { size, first } from "./units";
export function Badge({ labels }: { labels: string[] }) {
  return <span style={size(2, "em")}>{first<string>(labels)}</span>;
}
