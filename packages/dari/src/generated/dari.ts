// Generated from specs/dari/openapi.yaml (sha256 e37b84f3ac0ce8d6e7772c851d9989e9445f1dbff903c64203675b858e0aac4c)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/task/{org_id}/{endpoint_name}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the full status of a job including events, results, and error information. */
        get: {
            parameters: {
                query: {
                    /** @description UUID of the job */
                    job_id: string;
                };
                header?: never;
                path: {
                    /** @description Organization ID */
                    org_id: string;
                    /** @description Portal endpoint name */
                    endpoint_name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Job status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        JobStatusResponse: {
            /** @description UUID of the job */
            job_id?: string;
            /** @description Portal identifier */
            portal_id?: string;
            /** @description Job status: pending, running, paused, completed, or failed */
            status?: components["schemas"]["JobStatus"];
            /** @description Live browser URL */
            browser_url?: string;
            /** @description Description of what the agent is currently doing */
            current_step?: string;
            /** @description Ordered list of job events */
            events?: components["schemas"]["JobEvent"][];
            /** @description Intermediate result data */
            result?: Record<string, unknown> | null;
            /** @description Final structured result matching the portal’s output_schema */
            final_result?: Record<string, unknown> | null;
            /** @description Error message if the job failed */
            error?: string | null;
            /** @description URL to download any files generated during the job */
            downloads_link?: string | null;
            /** @description URL to the video recording of the browser session */
            video_recording_url?: string | null;
            /** @description URL to the full agent log */
            log_url?: string | null;
            /** @description Total cost of the job in USD */
            total_cost_usd?: number;
            /** @description ISO 8601 creation timestamp */
            created_at?: string;
            /** @description ISO 8601 update timestamp */
            updated_at?: string;
        };
        /** @enum {string} */
        JobStatus: "pending" | "running" | "paused" | "completed" | "failed";
        JobEvent: {
            event_type?: string;
            message?: string;
            data?: Record<string, unknown>;
            timestamp?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
