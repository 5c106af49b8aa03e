// Generated from specs/hyperbrowser/openapi.yaml (sha256 027eb7c6ffd0ab42c6f955db702e80c16f7f388c5ba66dc6a176ed30575a5001)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/api/task/hyper-agent/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get HyperAgent task status and results */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description HyperAgent task details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HyperAgentTaskResponse"];
                    };
                };
                /** @description HyperAgent task not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
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
        HyperAgentTaskResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: {
                steps?: Record<string, unknown>[];
                finalResult?: string | null;
            };
            error?: string | null;
            liveUrl?: string | null;
        };
        ErrorResponse: {
            message?: string;
        };
        /** @enum {string} */
        JobStatus: "pending" | "running" | "completed" | "failed" | "stopped";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
