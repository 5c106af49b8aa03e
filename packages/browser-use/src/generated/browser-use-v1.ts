// Generated from specs/browser-use-v1/openapi.yaml (sha256 4a959751aa8c4293d1a9da75b78c3f61ac29d0413c6fe45ca56857e4cdc720df)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/api/v1/task/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task
         * @description Get comprehensive information about a task
         *
         *     Returns comprehensive information about a task, including its current status, steps completed, output, and other metadata.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description ID of the task to retrieve */
                    task_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskResponse"];
                    };
                };
                /** @description Validation Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HTTPValidationError"];
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
        TaskResponse: {
            /** @description The unique identifier for the task */
            id: string;
            /** @description The original task instructions */
            task: string;
            /** @description The final output or result from the task (if completed) */
            output: string | null;
            status: components["schemas"]["TaskStatusEnum"];
            /** @description ISO 8601 timestamp of when the task was created */
            created_at: string;
            /** @description List of task steps with execution details */
            steps: components["schemas"]["TaskStepResponse"][];
            /**
             * @description URL to view live task execution. To preview the url you can directly integrate it in `<iframe>` tag. For example:
             *     `<iframe src={live_url} width="600" height="450"></iframe>`
             *     Which will display the task execution and allows you to control the agent live. It is pure VNC implementation.
             */
            live_url?: string | null;
            /** @description ISO 8601 timestamp of when the task finished (if completed) */
            finished_at?: string | null;
            /**
             * @description Browser session data (if save_browser_data was enabled)
             *     This field is only available if save_browser_data is set to True in the request.
             */
            browser_data?: components["schemas"]["BrowserData"] | null;
            /** @description List of files uploaded by the user for this task */
            user_uploaded_files?: string[] | null;
            /** @description List of files generated during task execution */
            output_files?: string[] | null;
            /** @description Public URL for sharing the task (if public sharing was enabled) */
            public_share_url?: string | null;
            /** @description Custom metadata key-value pairs associated with the task */
            metadata?: Record<string, unknown> | null;
        };
        /**
         * @description Enumeration of possible task states.
         *     - created: Task is initialized but not yet started
         *     - running: Task is currently executing
         *     - finished: Task has completed successfully
         *     - stopped: Task was manually stopped
         *     - paused: Task execution is temporarily paused
         *     - failed: Task encountered an error and could not complete
         * @enum {string}
         */
        TaskStatusEnum: "created" | "running" | "finished" | "stopped" | "paused" | "failed";
        /** TaskStepResponse */
        TaskStepResponse: {
            /** @description Unique identifier for the step */
            id: string;
            /** @description Step number in the execution sequence */
            step: number;
            /** @description Assessment of the previous goal's completion */
            evaluation_previous_goal: string;
            /** @description Description of what the next step aims to achieve */
            next_goal: string;
            /** @description URL of the page where the step was executed */
            url: string;
        };
        BrowserData: {
            /**
             * Cookies
             * @description List of cookies from the browser session
             */
            cookies: Record<string, unknown>[];
        };
        HTTPValidationError: {
            detail?: components["schemas"]["ValidationError"][];
        };
        ValidationError: {
            loc?: string[];
            msg?: string;
            type?: string;
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
