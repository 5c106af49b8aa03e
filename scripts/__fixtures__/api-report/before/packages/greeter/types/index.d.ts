/** Options of {@link greet}. */
export interface GreetOptions {
  /** Shout it. */
  loud?: boolean;
}
/** Says hello. */
export declare function greet(name: string): string;
export declare const defaultName: string;
export type { Shout as Exclamation } from "./extra.js";
