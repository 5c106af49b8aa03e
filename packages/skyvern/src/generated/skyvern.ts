// Generated from specs/skyvern/openapi.yaml (sha256 5299cc7d0a712703a93ce636b2e1b2421f1876ba75d0d3d13e436fc21b68abd1)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/v1/run/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a task
         * @description Run a task
         */
        post: operations["run_task_v1_run_tasks_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get run info by id
         * @description Get run information (task run, workflow run)
         */
        get: operations["get_run_v1_runs__run_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a run by id
         * @description Cancel a run (task or workflow)
         */
        post: operations["cancel_run_v1_runs__run_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get artifacts for a run
         * @description Get artifacts for a run
         */
        get: operations["get_run_artifacts_v1_runs__run_id__artifacts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}/retry_webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a run webhook
         * @description Retry sending the webhook for a run
         */
        post: operations["retry_run_webhook_v1_runs__run_id__retry_webhook_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{run_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get run timeline
         * @description Get timeline for a run (workflow run or task_v2 run)
         */
        get: operations["get_run_timeline_v1_runs__run_id__timeline_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Runs V2 */
        get: operations["get_runs_v2_v1_runs_get"];
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
        /** Action */
        Action: {
            action_type: components["schemas"]["ActionType"];
            /** @default pending */
            status?: components["schemas"]["ActionStatus"];
            /** Action Id */
            action_id?: string | null;
            /** Source Action Id */
            source_action_id?: string | null;
            /** Organization Id */
            organization_id?: string | null;
            /** Workflow Run Id */
            workflow_run_id?: string | null;
            /** Task Id */
            task_id?: string | null;
            /** Step Id */
            step_id?: string | null;
            /** Step Order */
            step_order?: number | null;
            /** Action Order */
            action_order?: number | null;
            /** Confidence Float */
            confidence_float?: number | null;
            /** Description */
            description?: string | null;
            /** Reasoning */
            reasoning?: string | null;
            /** Intention */
            intention?: string | null;
            /** Response */
            response?: string | null;
            /** Element Id */
            element_id?: string | null;
            /** Skyvern Element Hash */
            skyvern_element_hash?: string | null;
            /** Skyvern Element Data */
            skyvern_element_data?: {
                [key: string]: unknown;
            } | null;
            /** Screenshot Artifact Id */
            screenshot_artifact_id?: string | null;
            /** Tool Call Id */
            tool_call_id?: string | null;
            /** Xpath */
            xpath?: string | null;
            /** Errors */
            errors?: components["schemas"]["UserDefinedError"][] | null;
            /**
             * Terminal User Errors
             * @default false
             */
            terminal_user_errors?: boolean;
            /** Data Extraction Goal */
            data_extraction_goal?: string | null;
            /** Output */
            output?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /** File Name */
            file_name?: string | null;
            /** File Url */
            file_url?: string | null;
            /** Download */
            download?: boolean | null;
            /** Download Triggered */
            download_triggered?: boolean | null;
            /** Downloaded Files */
            downloaded_files?: string[] | null;
            /** Is Upload File Tag */
            is_upload_file_tag?: boolean | null;
            /** Text */
            text?: string | null;
            input_or_select_context?: components["schemas"]["InputOrSelectContext"] | null;
            option?: components["schemas"]["SelectOption"] | null;
            /** Is Checked */
            is_checked?: boolean | null;
            /**
             * Verified
             * @default false
             */
            verified?: boolean;
            click_context?: components["schemas"]["ClickContext"] | null;
            /** Totp Timing Info */
            totp_timing_info?: {
                [key: string]: unknown;
            } | null;
            /** Has Mini Agent */
            has_mini_agent?: boolean | null;
            /**
             * Skip Auto Complete Tab
             * @default false
             */
            skip_auto_complete_tab?: boolean;
            /** Created At */
            created_at?: string | null;
            /** Modified At */
            modified_at?: string | null;
            /** Created By */
            created_by?: string | null;
        };
        /**
         * ActionStatus
         * @enum {string}
         */
        ActionStatus: "pending" | "skipped" | "failed" | "completed";
        /**
         * ActionType
         * @enum {string}
         */
        ActionType: "click" | "input_text" | "upload_file" | "download_file" | "select_option" | "checkbox" | "wait" | "hover" | "null_action" | "solve_captcha" | "terminate" | "complete" | "reload_page" | "close_page" | "new_tab" | "switch_tab" | "extract" | "verification_code" | "goto_url" | "go_back" | "go_forward" | "scroll" | "keypress" | "move" | "drag" | "left_mouse" | "execute_js";
        /** Artifact */
        Artifact: {
            /**
             * Created At
             * @description The creation datetime of the task.
             * @example 2023-01-01T00:00:00Z
             */
            created_at: string;
            /**
             * Modified At
             * @description The modification datetime of the task.
             * @example 2023-01-01T00:00:00Z
             */
            modified_at: string;
            /** Artifact Id */
            artifact_id: string;
            artifact_type: components["schemas"]["ArtifactType"];
            /** Uri */
            uri: string;
            /** Bundle Key */
            bundle_key?: string | null;
            /** Checksum */
            checksum?: string | null;
            /** File Size */
            file_size?: number | null;
            /** Task Id */
            task_id?: string | null;
            /** Step Id */
            step_id?: string | null;
            /** Workflow Run Id */
            workflow_run_id?: string | null;
            /** Workflow Run Block Id */
            workflow_run_block_id?: string | null;
            /** Run Id */
            run_id?: string | null;
            /** Browser Session Id */
            browser_session_id?: string | null;
            /** Observer Cruise Id */
            observer_cruise_id?: string | null;
            /** Observer Thought Id */
            observer_thought_id?: string | null;
            /** Ai Suggestion Id */
            ai_suggestion_id?: string | null;
            /** Signed Url */
            signed_url?: string | null;
            /**
             * Archived
             * @default false
             */
            archived?: boolean;
            /** Organization Id */
            organization_id: string;
        };
        /**
         * ArtifactType
         * @enum {string}
         */
        ArtifactType: "recording" | "audio" | "session_replay" | "browser_console_log" | "skyvern_log" | "skyvern_log_raw" | "screenshot" | "screenshot_llm" | "screenshot_action" | "screenshot_final" | "llm_prompt" | "llm_request" | "llm_response" | "llm_response_parsed" | "llm_response_rendered" | "visible_elements_id_css_map" | "visible_elements_id_frame_map" | "visible_elements_tree" | "visible_elements_tree_trimmed" | "visible_elements_tree_in_prompt" | "hashed_href_map" | "visible_elements_id_xpath_map" | "html" | "html_scrape" | "html_action" | "trace" | "har" | "script_file" | "pdf" | "step_archive" | "task_archive" | "download";
        /**
         * BlockType
         * @enum {string}
         */
        BlockType: "task" | "task_v2" | "for_loop" | "while_loop" | "conditional" | "code" | "text_prompt" | "download_to_s3" | "upload_to_s3" | "file_upload" | "send_email" | "file_url_parser" | "validation" | "action" | "navigation" | "extraction" | "login" | "wait" | "file_download" | "goto_url" | "pdf_parser" | "http_request" | "human_interaction" | "print_page" | "workflow_trigger" | "google_sheets_read" | "google_sheets_write" | "pdf_fill" | "split_pdf" | "email_inbox";
        /** ClickContext */
        ClickContext: {
            /** Thought */
            thought?: string | null;
            /** Single Option Click */
            single_option_click?: boolean | null;
        };
        /**
         * FileInfo
         * @description Information about a downloaded file, including URL and checksum.
         */
        FileInfo: {
            /**
             * Url
             * @description URL to access the file
             */
            url: string;
            /**
             * Checksum
             * @description SHA-256 checksum of the file
             */
            checksum?: string | null;
            /**
             * Filename
             * @description Original filename
             */
            filename?: string | null;
            /**
             * File Size
             * @description Size of the file in bytes
             */
            file_size?: number | null;
            /**
             * Modified At
             * @description Modified time of the file
             */
            modified_at?: string | null;
            /**
             * Artifact Id
             * @description Artifact row id for refresh-on-read
             */
            artifact_id?: string | null;
        };
        /**
         * GeoTarget
         * @description Granular proxy geo-targeting request with country, optional subdivision, and optional city.
         */
        GeoTarget: {
            /**
             * Country
             * @description ISO 3166-1 alpha-2 country code (e.g., 'US', 'GB', 'DE')
             * @example US
             * @example GB
             * @example DE
             * @example FR
             */
            country: string;
            /**
             * Subdivision
             * @description ISO 3166-2 subdivision code without country prefix (e.g., 'CA' for California, 'NY' for New York)
             * @example CA
             * @example NY
             * @example TX
             * @example ENG
             */
            subdivision?: string | null;
            /**
             * City
             * @description City name in English from GeoNames (e.g., 'New York', 'Los Angeles', 'London')
             * @example New York
             * @example Los Angeles
             * @example London
             * @example Berlin
             */
            city?: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** InputOrSelectContext */
        InputOrSelectContext: {
            /** Intention */
            intention?: string | null;
            /** Field */
            field?: string | null;
            /** Is Required */
            is_required?: boolean | null;
            /** Is Search Bar */
            is_search_bar?: boolean | null;
            /** Is Location Input */
            is_location_input?: boolean | null;
            /** Is Date Related */
            is_date_related?: boolean | null;
            /** Date Format */
            date_format?: string | null;
            /** Is Text Captcha */
            is_text_captcha?: boolean | null;
        };
        /**
         * ProxyLocation
         * @enum {string}
         */
        ProxyLocation: "RESIDENTIAL" | "US-CA" | "US-NY" | "US-TX" | "US-FL" | "US-WA" | "RESIDENTIAL_ES" | "RESIDENTIAL_IE" | "RESIDENTIAL_GB" | "RESIDENTIAL_IN" | "RESIDENTIAL_JP" | "RESIDENTIAL_FR" | "RESIDENTIAL_DE" | "RESIDENTIAL_NZ" | "RESIDENTIAL_ZA" | "RESIDENTIAL_AR" | "RESIDENTIAL_AU" | "RESIDENTIAL_BR" | "RESIDENTIAL_TR" | "RESIDENTIAL_CA" | "RESIDENTIAL_MX" | "RESIDENTIAL_IT" | "RESIDENTIAL_NL" | "RESIDENTIAL_PH" | "RESIDENTIAL_KR" | "RESIDENTIAL_SA" | "RESIDENTIAL_ISP" | "NONE";
        /** RetryRunWebhookRequest */
        RetryRunWebhookRequest: {
            /**
             * Webhook Url
             * @description Optional webhook URL to send the payload to instead of the stored configuration
             */
            webhook_url?: string | null;
        };
        /**
         * RunEngine
         * @enum {string}
         */
        RunEngine: "skyvern-1.0" | "skyvern-2.0" | "openai-cua" | "anthropic-cua" | "ui-tars" | "yutori-navigator";
        /**
         * RunStatus
         * @enum {string}
         */
        RunStatus: "created" | "queued" | "running" | "paused" | "timed_out" | "failed" | "terminated" | "completed" | "canceled";
        /**
         * RunType
         * @enum {string}
         */
        RunType: "task_v1" | "task_v2" | "workflow_run" | "openai_cua" | "anthropic_cua" | "ui_tars" | "yutori_navigator";
        /** RunWebhookReplayResponse */
        RunWebhookReplayResponse: {
            /**
             * Run Id
             * @description Identifier of the run that was replayed
             */
            run_id: string;
            /**
             * Run Type
             * @description Run type associated with the payload
             */
            run_type: string;
            /**
             * Default Webhook Url
             * @description Webhook URL stored on the original run configuration
             */
            default_webhook_url?: string | null;
            /**
             * Target Webhook Url
             * @description Webhook URL that the replay attempted to reach
             */
            target_webhook_url?: string | null;
            /**
             * Payload
             * @description JSON payload that was delivered during the replay attempt
             */
            payload: string;
            /**
             * Headers
             * @description Signed headers that were generated for the replay attempt
             */
            headers: {
                [key: string]: string;
            };
            /**
             * Status Code
             * @description HTTP status code returned by the webhook receiver, if available
             */
            status_code?: number | null;
            /**
             * Latency Ms
             * @description Round-trip latency in milliseconds for the replay attempt
             */
            latency_ms?: number | null;
            /**
             * Response Body
             * @description Body returned by the webhook receiver (truncated to 2KB)
             */
            response_body?: string | null;
            /**
             * Error
             * @description Error message if the replay attempt failed
             */
            error?: string | null;
        };
        /** ScriptRunResponse */
        ScriptRunResponse: {
            /**
             * Ai Fallback Triggered
             * @default false
             */
            ai_fallback_triggered?: boolean;
            /** Script Id */
            script_id?: string | null;
            /** Script Revision Id */
            script_revision_id?: string | null;
        };
        /** SelectOption */
        SelectOption: {
            /** Label */
            label?: string | null;
            /** Value */
            value?: string | null;
            /** Index */
            index?: number | null;
        };
        /**
         * TaskRunListItem
         * @description Lightweight run-history item backed by the task_runs table.
         */
        TaskRunListItem: {
            /** Task Run Id */
            task_run_id: string;
            /** Run Id */
            run_id: string;
            /** Task Run Type */
            task_run_type: string;
            /** Status */
            status: string;
            /** Title */
            title?: string | null;
            /** Started At */
            started_at?: string | null;
            /** Finished At */
            finished_at?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Workflow Permanent Id */
            workflow_permanent_id?: string | null;
            /**
             * Workflow Deleted
             * @default false
             */
            workflow_deleted?: boolean;
            /**
             * Script Run
             * @default false
             */
            script_run?: boolean;
            trigger_type?: components["schemas"]["WorkflowRunTriggerType"] | null;
        };
        /** TaskRunRequest */
        "TaskRunRequest-Input": {
            /**
             * Prompt
             * @description The goal or task description for Skyvern to accomplish
             * @example Find the top 3 posts on Hacker News.
             * @example Go to google finance, extract the "AAPL" stock price for me with the date.
             */
            prompt: string;
            /**
             * Url
             * @description The starting URL for the task. If not provided, Skyvern will attempt to determine an appropriate URL
             * @example https://www.hackernews.com
             * @example https://www.google.com/finance
             */
            url?: string | null;
            /**
             * @description The engine that powers the agent task. The default value is `skyvern-1.0`, which is good for simple tasks like filling a form, or searching for information on Google. `skyvern-2.0` remains available for existing V2 workflows and explicitly requested V2 task runs. The `openai-cua` engine uses OpenAI's CUA model. The `anthropic-cua` uses Anthropic's Claude Sonnet 3.7 model with the computer use tool.
             * @default skyvern-1.0
             */
            engine?: components["schemas"]["RunEngine"];
            /**
             * Title
             * @description The title for the task
             * @example The title of my first skyvern task
             */
            title?: string | null;
            /**
             * Proxy Location
             * @description Geographic Proxy location to route the browser traffic through. This is only available in Skyvern Cloud.
             *
             *     Available geotargeting options:
             *     - RESIDENTIAL: the default value. Skyvern Cloud uses a random US residential proxy.
             *     - RESIDENTIAL_ES: Spain
             *     - RESIDENTIAL_IE: Ireland
             *     - RESIDENTIAL_GB: United Kingdom
             *     - RESIDENTIAL_IN: India
             *     - RESIDENTIAL_JP: Japan
             *     - RESIDENTIAL_FR: France
             *     - RESIDENTIAL_DE: Germany
             *     - RESIDENTIAL_NZ: New Zealand
             *     - RESIDENTIAL_PH: Philippines
             *     - RESIDENTIAL_KR: South Korea
             *     - RESIDENTIAL_SA: Saudi Arabia
             *     - RESIDENTIAL_ZA: South Africa
             *     - RESIDENTIAL_AR: Argentina
             *     - RESIDENTIAL_AU: Australia
             *     - RESIDENTIAL_BR: Brazil
             *     - RESIDENTIAL_TR: Turkey
             *     - RESIDENTIAL_CA: Canada
             *     - RESIDENTIAL_MX: Mexico
             *     - RESIDENTIAL_IT: Italy
             *     - RESIDENTIAL_NL: Netherlands
             *     - RESIDENTIAL_ISP: ISP proxy
             *     - US-CA: California (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-NY: New York (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-TX: Texas (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-FL: Florida (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-WA: Washington (deprecated, routes through RESIDENTIAL_ISP)
             *     - NONE: No proxy
             *
             *     For self-hosted deployments, you can pass a custom proxy URL as a dict: {"url": "http://user:password@proxy.example.com:8080"}. This routes the browser through your own proxy server and takes precedence over any globally configured proxy pool.
             *      Can also be a GeoTarget object for granular city/state targeting: {"country": "US", "subdivision": "CA", "city": "San Francisco"}
             * @default RESIDENTIAL
             */
            proxy_location?: components["schemas"]["ProxyLocation"] | components["schemas"]["GeoTarget"] | {
                [key: string]: unknown;
            } | null;
            /**
             * Data Extraction Schema
             * @description The schema for data to be extracted from the webpage. If you're looking for consistent data schema being returned by the agent, it's highly recommended to use https://json-schema.org/.
             */
            data_extraction_schema?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /**
             * Error Code Mapping
             * @description Custom mapping of error codes to error messages if Skyvern encounters an error.
             * @example {
             *       "login_failed": "The login credentials are incorrect or the account is locked"
             *     }
             * @example {
             *       "maintenance_mode": "The website is down for maintenance"
             *     }
             */
            error_code_mapping?: {
                [key: string]: string;
            } | null;
            /**
             * Max Steps
             * @description Maximum number of steps the task can take. Task will fail if it exceeds this number. Cautions: you are charged per step so please set this number to a reasonable value. Contact sales@skyvern.com for custom pricing.
             * @example 10
             * @example 25
             */
            max_steps?: number | null;
            /**
             * Webhook Url
             * @description After a run is finished, send an update to this URL. Refer to https://www.skyvern.com/docs/running-tasks/webhooks-faq for more details.
             * @example https://my-site.com/webhook
             */
            webhook_url?: string | null;
            /**
             * Totp Identifier
             * @description Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to https://www.skyvern.com/docs/credentials/totp#option-3-push-code-to-skyvern for more details.
             * @example john.doe@example.com
             * @example 4155555555
             * @example user_123
             */
            totp_identifier?: string | null;
            /**
             * Totp Url
             * @description URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to https://www.skyvern.com/docs/credentials/totp#option-2-get-code-from-your-endpoint for more details.
             * @example https://my-totp-service.com/totp
             */
            totp_url?: string | null;
            /**
             * Browser Session Id
             * @description Run the task or workflow in the specific Skyvern browser session. Having a browser session can persist the real-time state of the browser, so that the next run can continue from where the previous run left off.
             * @example pbs_123
             */
            browser_session_id?: string | null;
            /**
             * Model
             * @description Optional model configuration.
             */
            model?: {
                [key: string]: unknown;
            } | null;
            /**
             * Extra Http Headers
             * @description The extra HTTP headers for the requests in browser.
             */
            extra_http_headers?: {
                [key: string]: string;
            } | null;
            /**
             * Cdp Connect Headers
             * @description HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or similar). These headers are NEVER forwarded to target websites.
             */
            cdp_connect_headers?: {
                [key: string]: string;
            } | null;
            /**
             * Publish Workflow
             * @deprecated
             * @description Deprecated. Whether to publish a `skyvern-2.0` task as a reusable workflow. For backwards compatibility, this routes the request through the legacy `skyvern-2.0` publish path. Prefer creating reusable workflows through the workflow APIs.
             * @default false
             */
            publish_workflow?: boolean;
            /**
             * Include Action History In Verification
             * @description Whether to include action history when verifying that the task is complete
             * @default false
             */
            include_action_history_in_verification?: boolean | null;
            /**
             * Max Screenshot Scrolls
             * @description The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current viewpoint screenshot.
             */
            max_screenshot_scrolls?: number | null;
            /**
             * Browser Address
             * @description The CDP address for the task.
             * @example http://127.0.0.1:9222
             * @example ws://127.0.0.1:9222/devtools/browser/1234567890
             */
            browser_address?: string | null;
            /**
             * Run With
             * @description Whether to run the task with agent or code. Null means use the default.
             * @example agent
             * @example code
             */
            run_with?: string | null;
        };
        /** TaskRunRequest */
        "TaskRunRequest-Output": {
            /**
             * Prompt
             * @description The goal or task description for Skyvern to accomplish
             * @example Find the top 3 posts on Hacker News.
             * @example Go to google finance, extract the "AAPL" stock price for me with the date.
             */
            prompt: string;
            /**
             * Url
             * @description The starting URL for the task. If not provided, Skyvern will attempt to determine an appropriate URL
             * @example https://www.hackernews.com
             * @example https://www.google.com/finance
             */
            url?: string | null;
            /**
             * @description The engine that powers the agent task. The default value is `skyvern-1.0`, which is good for simple tasks like filling a form, or searching for information on Google. `skyvern-2.0` remains available for existing V2 workflows and explicitly requested V2 task runs. The `openai-cua` engine uses OpenAI's CUA model. The `anthropic-cua` uses Anthropic's Claude Sonnet 3.7 model with the computer use tool.
             * @default skyvern-1.0
             */
            engine?: components["schemas"]["RunEngine"];
            /**
             * Title
             * @description The title for the task
             * @example The title of my first skyvern task
             */
            title?: string | null;
            /**
             * Proxy Location
             * @description Geographic Proxy location to route the browser traffic through. This is only available in Skyvern Cloud.
             *
             *     Available geotargeting options:
             *     - RESIDENTIAL: the default value. Skyvern Cloud uses a random US residential proxy.
             *     - RESIDENTIAL_ES: Spain
             *     - RESIDENTIAL_IE: Ireland
             *     - RESIDENTIAL_GB: United Kingdom
             *     - RESIDENTIAL_IN: India
             *     - RESIDENTIAL_JP: Japan
             *     - RESIDENTIAL_FR: France
             *     - RESIDENTIAL_DE: Germany
             *     - RESIDENTIAL_NZ: New Zealand
             *     - RESIDENTIAL_PH: Philippines
             *     - RESIDENTIAL_KR: South Korea
             *     - RESIDENTIAL_SA: Saudi Arabia
             *     - RESIDENTIAL_ZA: South Africa
             *     - RESIDENTIAL_AR: Argentina
             *     - RESIDENTIAL_AU: Australia
             *     - RESIDENTIAL_BR: Brazil
             *     - RESIDENTIAL_TR: Turkey
             *     - RESIDENTIAL_CA: Canada
             *     - RESIDENTIAL_MX: Mexico
             *     - RESIDENTIAL_IT: Italy
             *     - RESIDENTIAL_NL: Netherlands
             *     - RESIDENTIAL_ISP: ISP proxy
             *     - US-CA: California (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-NY: New York (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-TX: Texas (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-FL: Florida (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-WA: Washington (deprecated, routes through RESIDENTIAL_ISP)
             *     - NONE: No proxy
             *
             *     For self-hosted deployments, you can pass a custom proxy URL as a dict: {"url": "http://user:password@proxy.example.com:8080"}. This routes the browser through your own proxy server and takes precedence over any globally configured proxy pool.
             *      Can also be a GeoTarget object for granular city/state targeting: {"country": "US", "subdivision": "CA", "city": "San Francisco"}
             * @default RESIDENTIAL
             */
            proxy_location?: components["schemas"]["ProxyLocation"] | components["schemas"]["GeoTarget"] | {
                [key: string]: unknown;
            } | null;
            /**
             * Data Extraction Schema
             * @description The schema for data to be extracted from the webpage. If you're looking for consistent data schema being returned by the agent, it's highly recommended to use https://json-schema.org/.
             */
            data_extraction_schema?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /**
             * Error Code Mapping
             * @description Custom mapping of error codes to error messages if Skyvern encounters an error.
             * @example {
             *       "login_failed": "The login credentials are incorrect or the account is locked"
             *     }
             * @example {
             *       "maintenance_mode": "The website is down for maintenance"
             *     }
             */
            error_code_mapping?: {
                [key: string]: string;
            } | null;
            /**
             * Max Steps
             * @description Maximum number of steps the task can take. Task will fail if it exceeds this number. Cautions: you are charged per step so please set this number to a reasonable value. Contact sales@skyvern.com for custom pricing.
             * @example 10
             * @example 25
             */
            max_steps?: number | null;
            /**
             * Webhook Url
             * @description After a run is finished, send an update to this URL. Refer to https://www.skyvern.com/docs/running-tasks/webhooks-faq for more details.
             * @example https://my-site.com/webhook
             */
            webhook_url?: string | null;
            /**
             * Totp Identifier
             * @description Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to https://www.skyvern.com/docs/credentials/totp#option-3-push-code-to-skyvern for more details.
             * @example john.doe@example.com
             * @example 4155555555
             * @example user_123
             */
            totp_identifier?: string | null;
            /**
             * Totp Url
             * @description URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to https://www.skyvern.com/docs/credentials/totp#option-2-get-code-from-your-endpoint for more details.
             * @example https://my-totp-service.com/totp
             */
            totp_url?: string | null;
            /**
             * Browser Session Id
             * @description Run the task or workflow in the specific Skyvern browser session. Having a browser session can persist the real-time state of the browser, so that the next run can continue from where the previous run left off.
             * @example pbs_123
             */
            browser_session_id?: string | null;
            /**
             * Model
             * @description Optional model configuration.
             */
            model?: {
                [key: string]: unknown;
            } | null;
            /**
             * Extra Http Headers
             * @description The extra HTTP headers for the requests in browser.
             */
            extra_http_headers?: {
                [key: string]: string;
            } | null;
            /**
             * Cdp Connect Headers
             * @description HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or similar). These headers are NEVER forwarded to target websites.
             */
            cdp_connect_headers?: {
                [key: string]: string;
            } | null;
            /**
             * Publish Workflow
             * @deprecated
             * @description Deprecated. Whether to publish a `skyvern-2.0` task as a reusable workflow. For backwards compatibility, this routes the request through the legacy `skyvern-2.0` publish path. Prefer creating reusable workflows through the workflow APIs.
             * @default false
             */
            publish_workflow?: boolean;
            /**
             * Include Action History In Verification
             * @description Whether to include action history when verifying that the task is complete
             * @default false
             */
            include_action_history_in_verification?: boolean | null;
            /**
             * Max Screenshot Scrolls
             * @description The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current viewpoint screenshot.
             */
            max_screenshot_scrolls?: number | null;
            /**
             * Browser Address
             * @description The CDP address for the task.
             * @example http://127.0.0.1:9222
             * @example ws://127.0.0.1:9222/devtools/browser/1234567890
             */
            browser_address?: string | null;
            /**
             * Run With
             * @description Whether to run the task with agent or code. Null means use the default.
             * @example agent
             * @example code
             */
            run_with?: string | null;
        };
        /** TaskRunResponse */
        TaskRunResponse: {
            /**
             * Run Id
             * @description Unique identifier for this run. Run ID starts with `tsk_` for task runs and `wr_` for workflow runs.
             * @example tsk_123
             * @example tsk_v2_123
             * @example wr_123
             */
            run_id: string;
            /**
             * @description Current status of the run
             * @example created
             * @example queued
             * @example running
             * @example timed_out
             * @example failed
             * @example terminated
             * @example completed
             * @example canceled
             */
            status: components["schemas"]["RunStatus"];
            /**
             * Output
             * @description Output data from the run, if any. Format/schema depends on the data extracted by the run.
             */
            output?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /**
             * Downloaded Files
             * @description List of files downloaded during the run
             */
            downloaded_files?: components["schemas"]["FileInfo"][] | null;
            /**
             * Recording Url
             * @description URL to the recording of the run
             */
            recording_url?: string | null;
            /**
             * Recording Archived
             * @description True when the recording exists but has been archived to cold storage and is not currently accessible.
             * @default false
             */
            recording_archived?: boolean;
            /**
             * Screenshot Urls
             * @description List of last n screenshot URLs in reverse chronological order - the first one the list is the latest screenshot.
             */
            screenshot_urls?: string[] | null;
            /**
             * Failure Reason
             * @description Reason for failure if the run failed or terminated
             */
            failure_reason?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this run was created
             * @example 2025-01-01T00:00:00Z
             */
            created_at: string;
            /**
             * Modified At
             * Format: date-time
             * @description Timestamp when this run was last modified
             * @example 2025-01-01T00:05:00Z
             */
            modified_at: string;
            /**
             * Queued At
             * @description Timestamp when this run was queued
             */
            queued_at?: string | null;
            /**
             * Started At
             * @description Timestamp when this run started execution
             */
            started_at?: string | null;
            /**
             * Finished At
             * @description Timestamp when this run finished
             */
            finished_at?: string | null;
            /**
             * App Url
             * @description URL to the application UI where the run can be viewed
             * @example https://app.skyvern.com/tasks/tsk_123
             * @example https://app.skyvern.com/workflows/wpid_123/wr_123
             */
            app_url?: string | null;
            /**
             * Browser Session Id
             * @description ID of the Skyvern persistent browser session used for this run
             * @example pbs_123
             */
            browser_session_id?: string | null;
            /**
             * Browser Profile Id
             * @description ID of the browser profile used for this run
             * @example bp_123
             */
            browser_profile_id?: string | null;
            /**
             * Max Screenshot Scrolls
             * @description The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current viewpoint screenshot
             */
            max_screenshot_scrolls?: number | null;
            /** @description The script run result */
            script_run?: components["schemas"]["ScriptRunResponse"] | null;
            /**
             * Errors
             * @description The errors for the run
             */
            errors?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Step Count
             * @description Total number of steps executed in this run
             */
            step_count?: number | null;
            /**
             * @description Types of a task run - task_v1, task_v2, openai_cua, anthropic_cua, ui_tars (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            run_type: "task_v1" | "task_v2" | "openai_cua" | "anthropic_cua" | "ui_tars" | "yutori_navigator";
            /** @description The original request parameters used to start this task run */
            run_request?: components["schemas"]["TaskRunRequest-Output"] | null;
        };
        /** Thought */
        Thought: {
            /** Thought Id */
            thought_id: string;
            /** Task Id */
            task_id: string;
            /** Organization Id */
            organization_id: string;
            /** Workflow Run Id */
            workflow_run_id?: string | null;
            /** Workflow Run Block Id */
            workflow_run_block_id?: string | null;
            /** Workflow Id */
            workflow_id?: string | null;
            /** Workflow Permanent Id */
            workflow_permanent_id?: string | null;
            /** User Input */
            user_input?: string | null;
            /** Observation */
            observation?: string | null;
            /** Thought */
            thought?: string | null;
            /** Answer */
            answer?: string | null;
            /** @default plan */
            thought_type?: components["schemas"]["ThoughtType"] | null;
            thought_scenario?: components["schemas"]["ThoughtScenario"] | null;
            /** Output */
            output?: {
                [key: string]: unknown;
            } | null;
            /** Input Token Count */
            input_token_count?: number | null;
            /** Output Token Count */
            output_token_count?: number | null;
            /** Reasoning Token Count */
            reasoning_token_count?: number | null;
            /** Cached Token Count */
            cached_token_count?: number | null;
            /** Thought Cost */
            thought_cost?: number | null;
            /** Last Llm Model */
            last_llm_model?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Modified At
             * Format: date-time
             */
            modified_at: string;
        };
        /**
         * ThoughtScenario
         * @description Scenario in which a thought was generated.
         *
         *     Note: Stored as VARCHAR in the database (not a PostgreSQL ENUM), so new values
         *     can be added without database migrations. See observer_thoughts.observer_thought_scenario column.
         * @enum {string}
         */
        ThoughtScenario: "generate_plan" | "user_goal_check" | "failure_describe" | "summarization" | "generate_metadata" | "extract_loop_values" | "generate_task_in_loop" | "generate_general_task" | "termination";
        /**
         * ThoughtType
         * @description Type of thought recorded during task execution.
         *
         *     Note: Stored as VARCHAR in the database (not a PostgreSQL ENUM), so new values
         *     can be added without database migrations. See observer_thoughts.observer_thought_type column.
         * @enum {string}
         */
        ThoughtType: "plan" | "metadata" | "user_goal_check" | "internal_plan" | "failure_describe" | "termination";
        /** UserDefinedError */
        UserDefinedError: {
            /** Error Code */
            error_code: string;
            /** Reasoning */
            reasoning: string;
            /** Confidence Float */
            confidence_float: number;
            /**
             * Error Type
             * @default USER_DEFINED_ERROR
             * @constant
             */
            error_type?: "USER_DEFINED_ERROR";
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, unknown>;
        };
        /** WorkflowRunBlock */
        WorkflowRunBlock: {
            /** Workflow Run Block Id */
            workflow_run_block_id: string;
            /** Block Workflow Run Id */
            block_workflow_run_id?: string | null;
            /** Workflow Run Id */
            workflow_run_id: string;
            /** Organization Id */
            organization_id: string;
            /** Description */
            description?: string | null;
            /** Parent Workflow Run Block Id */
            parent_workflow_run_block_id?: string | null;
            block_type: components["schemas"]["BlockType"];
            /** Label */
            label?: string | null;
            /** Status */
            status?: string | null;
            /** Output */
            output?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /**
             * Continue On Failure
             * @default false
             */
            continue_on_failure?: boolean;
            /** Failure Reason */
            failure_reason?: string | null;
            /**
             * Error Codes
             * @default []
             */
            error_codes?: string[];
            engine?: components["schemas"]["RunEngine"] | null;
            /** Task Id */
            task_id?: string | null;
            /** Url */
            url?: string | null;
            /** Navigation Goal */
            navigation_goal?: string | null;
            /** Navigation Payload */
            navigation_payload?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /** Data Extraction Goal */
            data_extraction_goal?: string | null;
            /** Data Schema */
            data_schema?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /** Terminate Criterion */
            terminate_criterion?: string | null;
            /** Complete Criterion */
            complete_criterion?: string | null;
            /**
             * Actions
             * @default []
             */
            actions?: components["schemas"]["Action"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Modified At
             * Format: date-time
             */
            modified_at: string;
            /**
             * Include Action History In Verification
             * @default false
             */
            include_action_history_in_verification?: boolean | null;
            /**
             * Include Extracted Text
             * @default true
             */
            include_extracted_text?: boolean;
            /** Duration */
            duration?: number | null;
            /** Loop Values */
            loop_values?: unknown[] | null;
            /** Current Value */
            current_value?: string | null;
            /** Current Index */
            current_index?: number | null;
            /** Recipients */
            recipients?: string[] | null;
            /** Attachments */
            attachments?: string[] | null;
            /** Subject */
            subject?: string | null;
            /** Body */
            body?: string | null;
            /** Prompt */
            prompt?: string | null;
            /** Instructions */
            instructions?: string | null;
            /** Positive Descriptor */
            positive_descriptor?: string | null;
            /** Negative Descriptor */
            negative_descriptor?: string | null;
            /** Executed Branch Id */
            executed_branch_id?: string | null;
            /** Executed Branch Expression */
            executed_branch_expression?: string | null;
            /** Executed Branch Result */
            executed_branch_result?: boolean | null;
            /** Executed Branch Next Block */
            executed_branch_next_block?: string | null;
            script_run?: components["schemas"]["ScriptRunResponse"] | null;
            /** Downloaded File Count */
            downloaded_file_count?: number | null;
        };
        /** WorkflowRunRequest */
        "WorkflowRunRequest-Output": {
            /**
             * Workflow Id
             * @description ID of the agent to run. Starts with `wpid_`. `workflow_id` is accepted as an alias.
             * @example wpid_123
             */
            workflow_id: string;
            /**
             * Parameters
             * @description Parameters to pass to the workflow
             */
            parameters?: {
                [key: string]: unknown;
            } | null;
            /**
             * Title
             * @description The title for this workflow run
             */
            title?: string | null;
            /**
             * Proxy Location
             * @description Geographic Proxy location to route the browser traffic through. This is only available in Skyvern Cloud.
             *
             *     Available geotargeting options:
             *     - RESIDENTIAL: the default value. Skyvern Cloud uses a random US residential proxy.
             *     - RESIDENTIAL_ES: Spain
             *     - RESIDENTIAL_IE: Ireland
             *     - RESIDENTIAL_GB: United Kingdom
             *     - RESIDENTIAL_IN: India
             *     - RESIDENTIAL_JP: Japan
             *     - RESIDENTIAL_FR: France
             *     - RESIDENTIAL_DE: Germany
             *     - RESIDENTIAL_NZ: New Zealand
             *     - RESIDENTIAL_PH: Philippines
             *     - RESIDENTIAL_KR: South Korea
             *     - RESIDENTIAL_SA: Saudi Arabia
             *     - RESIDENTIAL_ZA: South Africa
             *     - RESIDENTIAL_AR: Argentina
             *     - RESIDENTIAL_AU: Australia
             *     - RESIDENTIAL_BR: Brazil
             *     - RESIDENTIAL_TR: Turkey
             *     - RESIDENTIAL_CA: Canada
             *     - RESIDENTIAL_MX: Mexico
             *     - RESIDENTIAL_IT: Italy
             *     - RESIDENTIAL_NL: Netherlands
             *     - RESIDENTIAL_ISP: ISP proxy
             *     - US-CA: California (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-NY: New York (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-TX: Texas (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-FL: Florida (deprecated, routes through RESIDENTIAL_ISP)
             *     - US-WA: Washington (deprecated, routes through RESIDENTIAL_ISP)
             *     - NONE: No proxy
             *
             *     For self-hosted deployments, you can pass a custom proxy URL as a dict: {"url": "http://user:password@proxy.example.com:8080"}. This routes the browser through your own proxy server and takes precedence over any globally configured proxy pool.
             *      Can also be a GeoTarget object for granular city/state targeting: {"country": "US", "subdivision": "CA", "city": "San Francisco"}
             * @default RESIDENTIAL
             */
            proxy_location?: components["schemas"]["ProxyLocation"] | components["schemas"]["GeoTarget"] | {
                [key: string]: unknown;
            } | null;
            /**
             * Webhook Url
             * @description URL to send workflow status updates to after a run is finished. Refer to https://www.skyvern.com/docs/running-tasks/webhooks-faq for webhook questions.
             */
            webhook_url?: string | null;
            /**
             * Totp Url
             * @description URL that serves TOTP/2FA/MFA codes for Skyvern to use during the workflow run. Refer to https://www.skyvern.com/docs/credentials/totp#option-2-get-code-from-your-endpoint for more details.
             * @example https://my-totp-service.com/totp
             */
            totp_url?: string | null;
            /**
             * Totp Identifier
             * @description Identifier for the TOTP/2FA/MFA code when the code is pushed to Skyvern. Refer to https://www.skyvern.com/docs/credentials/totp#option-3-push-code-to-skyvern for more details.
             * @example john.doe@example.com
             * @example 4155555555
             * @example user_123
             */
            totp_identifier?: string | null;
            /**
             * Browser Session Id
             * @description ID of a Skyvern browser session to reuse, having it continue from the current screen state
             */
            browser_session_id?: string | null;
            /**
             * Browser Profile Id
             * @description ID of a browser profile to reuse for this workflow run
             */
            browser_profile_id?: string | null;
            /**
             * Max Screenshot Scrolls
             * @description The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current viewpoint screenshot.
             */
            max_screenshot_scrolls?: number | null;
            /**
             * Max Elapsed Time Minutes
             * @description Timeout this workflow run after the configured elapsed runtime in minutes. When omitted, the platform default is 240 minutes. The maximum configurable value is 480 minutes.
             */
            max_elapsed_time_minutes?: number | null;
            /**
             * Extra Http Headers
             * @description The extra HTTP headers for the requests in browser.
             */
            extra_http_headers?: {
                [key: string]: string;
            } | null;
            /**
             * Cdp Connect Headers
             * @description HTTP headers attached ONLY to the CDP WebSocket handshake when connecting to a remote browser via browser_address. Use this for browser-provider auth (e.g., x-api-key for Skyvern Cloud, Browserless, or similar). These headers are NEVER forwarded to target websites.
             */
            cdp_connect_headers?: {
                [key: string]: string;
            } | null;
            /**
             * Browser Address
             * @description The CDP address for the workflow run.
             * @example http://127.0.0.1:9222
             * @example ws://127.0.0.1:9222/devtools/browser/1234567890
             */
            browser_address?: string | null;
            /**
             * Ai Fallback
             * @description Whether to fallback to AI if the workflow run fails.
             */
            ai_fallback?: boolean | null;
            /**
             * Run With
             * @description Whether to run the workflow with agent or code. Null inherits from the workflow setting.
             * @example agent
             * @example code
             */
            run_with?: string | null;
            /**
             * Run Metadata
             * @description String key/value metadata to attach to this workflow run for analytics tag filtering.
             */
            run_metadata?: {
                [key: string]: string;
            } | null;
        };
        /** WorkflowRunResponse */
        WorkflowRunResponse: {
            /**
             * Run Id
             * @description Unique identifier for this run. Run ID starts with `tsk_` for task runs and `wr_` for workflow runs.
             * @example tsk_123
             * @example tsk_v2_123
             * @example wr_123
             */
            run_id: string;
            /**
             * @description Current status of the run
             * @example created
             * @example queued
             * @example running
             * @example timed_out
             * @example failed
             * @example terminated
             * @example completed
             * @example canceled
             */
            status: components["schemas"]["RunStatus"];
            /**
             * Output
             * @description Output data from the run, if any. Format/schema depends on the data extracted by the run.
             */
            output?: {
                [key: string]: unknown;
            } | unknown[] | string | null;
            /**
             * Downloaded Files
             * @description List of files downloaded during the run
             */
            downloaded_files?: components["schemas"]["FileInfo"][] | null;
            /**
             * Recording Url
             * @description URL to the recording of the run
             */
            recording_url?: string | null;
            /**
             * Recording Archived
             * @description True when the recording exists but has been archived to cold storage and is not currently accessible.
             * @default false
             */
            recording_archived?: boolean;
            /**
             * Screenshot Urls
             * @description List of last n screenshot URLs in reverse chronological order - the first one the list is the latest screenshot.
             */
            screenshot_urls?: string[] | null;
            /**
             * Failure Reason
             * @description Reason for failure if the run failed or terminated
             */
            failure_reason?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when this run was created
             * @example 2025-01-01T00:00:00Z
             */
            created_at: string;
            /**
             * Modified At
             * Format: date-time
             * @description Timestamp when this run was last modified
             * @example 2025-01-01T00:05:00Z
             */
            modified_at: string;
            /**
             * Queued At
             * @description Timestamp when this run was queued
             */
            queued_at?: string | null;
            /**
             * Started At
             * @description Timestamp when this run started execution
             */
            started_at?: string | null;
            /**
             * Finished At
             * @description Timestamp when this run finished
             */
            finished_at?: string | null;
            /**
             * App Url
             * @description URL to the application UI where the run can be viewed
             * @example https://app.skyvern.com/tasks/tsk_123
             * @example https://app.skyvern.com/workflows/wpid_123/wr_123
             */
            app_url?: string | null;
            /**
             * Browser Session Id
             * @description ID of the Skyvern persistent browser session used for this run
             * @example pbs_123
             */
            browser_session_id?: string | null;
            /**
             * Browser Profile Id
             * @description ID of the browser profile used for this run
             * @example bp_123
             */
            browser_profile_id?: string | null;
            /**
             * Max Screenshot Scrolls
             * @description The maximum number of scrolls for the post action screenshot. When it's None or 0, it takes the current viewpoint screenshot
             */
            max_screenshot_scrolls?: number | null;
            /** @description The script run result */
            script_run?: components["schemas"]["ScriptRunResponse"] | null;
            /**
             * Errors
             * @description The errors for the run
             */
            errors?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Step Count
             * @description Total number of steps executed in this run
             */
            step_count?: number | null;
            /**
             * @description Type of run - always workflow_run for workflow runs (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            run_type: "workflow_run";
            /**
             * Run With
             * @description Whether the workflow run was executed with agent or code
             * @default agent
             * @example agent
             * @example code
             */
            run_with?: string;
            /**
             * Ai Fallback
             * @description Whether to fallback to AI if code run fails.
             */
            ai_fallback?: boolean | null;
            /**
             * Script Id
             * @description ID of the cached script used for this workflow run, if any.
             */
            script_id?: string | null;
            /** @description The original request parameters used to start this workflow run */
            run_request?: components["schemas"]["WorkflowRunRequest-Output"] | null;
        };
        /** WorkflowRunTimeline */
        WorkflowRunTimeline: {
            type: components["schemas"]["WorkflowRunTimelineType"];
            block?: components["schemas"]["WorkflowRunBlock"] | null;
            thought?: components["schemas"]["Thought"] | null;
            /**
             * Children
             * @default []
             */
            children?: components["schemas"]["WorkflowRunTimeline"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Modified At
             * Format: date-time
             */
            modified_at: string;
        };
        /**
         * WorkflowRunTimelineType
         * @enum {string}
         */
        WorkflowRunTimelineType: "thought" | "block";
        /**
         * WorkflowRunTriggerType
         * @description How a workflow run was initiated.
         *
         *     - manual: User clicked "Run" in the UI
         *     - mcp: First-party MCP client request
         *     - api: Direct API call to the run endpoint
         *     - scheduled: Triggered by a cron schedule
         *     - webhook: Triggered by an external system via the webhook endpoint
         * @enum {string}
         */
        WorkflowRunTriggerType: "manual" | "mcp" | "api" | "scheduled" | "webhook";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    run_task_v1_run_tasks_post: {
        parameters: {
            query?: never;
            header?: {
                "x-user-agent"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRunRequest-Input"];
            };
        };
        responses: {
            /** @description Successfully run task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRunResponse"];
                };
            };
            /** @description Invalid agent engine */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    get_run_v1_runs__run_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the task run or the workflow run. */
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully got run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRunResponse"] | components["schemas"]["WorkflowRunResponse"];
                };
            };
            /** @description Run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    cancel_run_v1_runs__run_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the task run or the workflow run to cancel. */
                run_id: string;
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
                    "application/json": unknown;
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
    get_run_artifacts_v1_runs__run_id__artifacts_get: {
        parameters: {
            query?: {
                artifact_type?: components["schemas"]["ArtifactType"][] | null;
            };
            header?: never;
            path: {
                /** @description The id of the task run or the workflow run. */
                run_id: string;
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
                    "application/json": components["schemas"]["Artifact"][];
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
    retry_run_webhook_v1_runs__run_id__retry_webhook_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the task run or the workflow run. */
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RetryRunWebhookRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunWebhookReplayResponse"];
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
    get_run_timeline_v1_runs__run_id__timeline_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of the workflow run or task_v2 run. */
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved run timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunTimeline"][];
                };
            };
            /** @description Timeline not available for this run type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    get_runs_v2_v1_runs_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                status?: components["schemas"]["RunStatus"][] | null;
                /** @description Case-insensitive substring search (min 3 chars for trigram index). */
                search_key?: string | null;
                run_type?: components["schemas"]["RunType"][] | null;
            };
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["TaskRunListItem"][];
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
}
