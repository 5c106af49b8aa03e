/** Options of {@link greet}. */
export interface GreetOptions {
  /** Shout it. */
  loud?: boolean;
}
/** Says hello. */
export declare function greet(name: string, options?: GreetOptions): string;
/** Says goodbye. */
export declare function farewell(name: string): string;
export declare const defaultName: string;
export type { Shout as Exclamation } from "./extra.js";
