/** Upper-case text. */
export type Shout = Uppercase<string>;
export declare class Greeter {
  readonly name: string;
  constructor(name: string);
  greet(): string;
}
