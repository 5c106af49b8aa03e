import { asNonBlankString } from "./coerce.js";

/** The last path segment of a URL, percent-decoded; the whole value when it is not a URL. */
export function fileNameFromUrl(url: string): string {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    pathname = url.split(/[?#]/, 1)[0] ?? url;
  }
  const segment =
    pathname
      .split("/")
      .filter((part) => part !== "")
      .pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A file's name from its URL, else the whole URL when the last segment is empty or decodes to blanks (`%20`). */
export function fileNameOrUrl(url: string): string {
  return asNonBlankString(fileNameFromUrl(url)) ?? url;
}
