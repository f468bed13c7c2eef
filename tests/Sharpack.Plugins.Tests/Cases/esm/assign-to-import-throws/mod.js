export let value = 1;
