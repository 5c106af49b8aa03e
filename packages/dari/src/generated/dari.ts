// Generated from specs/dari/openapi.yaml (sha256 0198cdd1f2751decb7571b179f4ae13fefc020bccd9e08dbf373bf04ea6e5584)
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
    "/jobs/{org_id}/{endpoint_name}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Job
         * @description Starts an AI-powered browser automation job. The agent navigates to the portal's start URL and fills the form with the provided data.
         */
        post: operations["startJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{org_id}/{endpoint_name}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer Question
         * @description Submits an answer to a question asked by the agent during a human-in-the-loop job. The agent resumes execution using the provided answer. The job must be in waiting_for_input status, and question_id must match a pending question event; otherwise the API answers 409.
         */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task/{org_id}/{endpoint_name}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause Job
         * @description Pauses a running job. The browser session is preserved and the job can be resumed later.
         */
        post: operations["pauseJob"];
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
        /** @description Give either form_data or document_bundle_id (they are mutually exclusive); every field is optional in the documentation. */
        StartJobRequest: {
            /** @description Key-value pairs matching the portal's form_schema. The AI agent uses this data to fill the target form. Mutually exclusive with document_bundle_id. */
            form_data?: {
                [key: string]: unknown;
            };
            /** @description UUID of a completed document bundle. When provided, form data is automatically generated from the extracted document content using the portal's form_schema. Mutually exclusive with form_data. */
            document_bundle_id?: string;
            /**
             * @description Claude model for the orchestrator (decision-making).
             * @default claude-sonnet-4-6
             * @enum {string}
             */
            orchestrator_model?: "claude-sonnet-4-6" | "claude-haiku-4-5";
            /**
             * @description Model for vision/screenshot analysis.
             * @default anthropic:claude-haiku-4-5-20251001
             * @enum {string}
             */
            vision_model?: "anthropic:claude-haiku-4-5-20251001" | "kimi:moonshotai/Kimi-K2.5" | "openai:gpt-5.4" | "openai:gpt-5.4-mini";
            /** @description Lets the agent pause and ask a question (status waiting_for_input) that is answered with Answer Question. */
            human_in_the_loop?: boolean;
            /**
             * @description Maximum number of agent turns before stopping
             * @default 200
             */
            max_turns?: number;
            /**
             * @description Maximum execution time in minutes
             * @default 30
             */
            timeout_minutes?: number;
            /** @description Browser profile UUID to use for this job. Overrides the portal's configured profile. */
            profile_id?: string;
            /** @default true */
            save_profile?: boolean;
        };
        StartJobResponse: {
            /** @description UUID of the new job */
            job_id: string;
        };
        AnswerQuestionRequest: {
            /** @description UUID of the question being answered, from the question event's data.question_id. */
            question_id: string;
            /** @description The answer text. If the question provided options, this should be one of those options, but free-form text is also accepted. */
            answer: string;
        };
        AnswerQuestionResponse: {
            /** @description Whether the answer was submitted successfully */
            success?: boolean;
            /** @description Status message */
            message?: string;
            /** @description UUID of the job */
            job_id?: string;
        };
        PauseJobResponse: {
            /** @description Whether the pause was successful */
            success?: boolean;
            /** @description Status message */
            message?: string;
            /** @description UUID of the paused job */
            job_id?: string;
            /** @description Job status before pausing */
            previous_status?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description Organization ID */
        OrgId: string;
        /** @description Portal endpoint name */
        EndpointName: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization ID */
                org_id: components["parameters"]["OrgId"];
                /** @description Portal endpoint name */
                endpoint_name: components["parameters"]["EndpointName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartJobRequest"];
            };
        };
        responses: {
            /** @description The job was created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartJobResponse"];
                };
            };
        };
    };
    answerQuestion: {
        parameters: {
            query: {
                /** @description UUID of the job */
                job_id: string;
            };
            header?: never;
            path: {
                /** @description Organization ID */
                org_id: components["parameters"]["OrgId"];
                /** @description Portal endpoint name */
                endpoint_name: components["parameters"]["EndpointName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerQuestionRequest"];
            };
        };
        responses: {
            /** @description The answer was submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerQuestionResponse"];
                };
            };
            /** @description The job is not waiting for input, or the question id is invalid or stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    pauseJob: {
        parameters: {
            query: {
                /** @description UUID of the job to pause */
                job_id: string;
            };
            header?: never;
            path: {
                /** @description Organization ID */
                org_id: components["parameters"]["OrgId"];
                /** @description Portal endpoint name */
                endpoint_name: components["parameters"]["EndpointName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job was paused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PauseJobResponse"];
                };
            };
        };
    };
}
