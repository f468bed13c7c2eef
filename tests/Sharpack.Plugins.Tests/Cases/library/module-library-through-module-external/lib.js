export const answer = 42;
export default function hello() {
	return "hello";
}
