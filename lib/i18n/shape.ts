/** The keys of a Chinese message object with every text as a string: the type its English twin must satisfy. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
