global.__globOrder = (global.__globOrder || []).concat('one');
export {};
