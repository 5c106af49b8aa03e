import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Completed: `output` is the extracted data (an object), with a downloaded invoice, a recording and screenshots. */
export const runCompletedWithOutputAndFiles = {
  run_id: "tsk_410927364518204303",
  status: "completed",
  output: { invoice_number: "INV-2026-1187", total: "1,240.00", currency: "EUR", paid: false },
  downloaded_files: [
    {
      url: "https://skyvern-uploads.s3.amazonaws.com/downloads/tsk_410927364518204303/INV-2026-1187.pdf?X-Amz-Signature=3f1c",
      checksum: "9b2f4e1a7c3d5b6e8f0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
      filename: "INV-2026-1187.pdf",
      file_size: 48213,
      modified_at: "2026-11-30T09:31:55Z",
      artifact_id: "a_410927364518209001",
    },
    {
      url: "https://skyvern-uploads.s3.amazonaws.com/downloads/tsk_410927364518204303/statement%20november.csv",
      checksum: null,
      filename: null,
      file_size: null,
    },
  ],
  recording_url: "https://artifacts.skyvern.com/tsk_410927364518204303/recording.webm",
  recording_archived: false,
  screenshot_urls: ["https://artifacts.skyvern.com/tsk_410927364518204303/final.png"],
  failure_reason: null,
  created_at: "2026-11-30T09:30:00Z",
  modified_at: "2026-11-30T09:32:10Z",
  queued_at: "2026-11-30T09:30:01Z",
  started_at: "2026-11-30T09:30:04Z",
  finished_at: "2026-11-30T09:32:10Z",
  app_url: "https://app.skyvern.com/tasks/tsk_410927364518204303",
  run_type: "task_v1",
  run_request: {
    prompt: "Download the latest invoice and extract its number, total, currency and whether it is paid",
    url: "https://billing.example.com/invoices",
    engine: "skyvern-1.0",
    data_extraction_schema: {
      type: "object",
      properties: {
        invoice_number: { type: "string" },
        total: { type: "string" },
        currency: { type: "string" },
        paid: { type: "boolean" },
      },
    },
  },
  errors: [],
  step_count: 7,
} satisfies SkyvernTaskRun;
