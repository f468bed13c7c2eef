export default function named() { return 4; }
