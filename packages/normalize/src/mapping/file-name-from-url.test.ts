import { describe, expect, it } from "vitest";
import { fileNameFromUrl } from "./file-name-from-url.js";

describe("fileNameFromUrl", () => {
  it("names a file by the last path segment of its URL", () => {
    expect(fileNameFromUrl("https://cdn.example.com/outputs/78412563098214567/listings.json")).toBe("listings.json");
  });

  it("leaves out the query string and fragment of a pre-signed URL", () => {
    expect(
      fileNameFromUrl(
        "https://bucket.s3.us-west-2.amazonaws.com/downloads/report.csv?X-Amz-Expires=604800&X-Amz-Signature=3f9a#top",
      ),
    ).toBe("report.csv");
  });

  it("percent-decodes the name", () => {
    expect(fileNameFromUrl("https://cdn.example.com/outputs/listing%20summary.json")).toBe("listing summary.json");
  });

  it("keeps a segment whose percent-encoding is broken as it is", () => {
    expect(fileNameFromUrl("https://cdn.example.com/outputs/100%25%E0%A4%A.txt")).toBe("100%25%E0%A4%A.txt");
  });

  it("ignores a trailing slash", () => {
    expect(fileNameFromUrl("https://cdn.example.com/outputs/archive/")).toBe("archive");
  });

  it("reads a value that is not a URL as a path, without its query", () => {
    expect(fileNameFromUrl("outputs/run-7/result.json?version=2")).toBe("result.json");
    expect(fileNameFromUrl("result.json")).toBe("result.json");
  });

  it("gives an empty name for a URL without a path", () => {
    expect(fileNameFromUrl("https://cdn.example.com/")).toBe("");
  });
});
