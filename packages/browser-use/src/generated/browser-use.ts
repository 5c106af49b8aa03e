// Generated from specs/browser-use/openapi.yaml (sha256 3d589179e589557a6d6db5faebff937d75d3477dfcca6b4223a23d8677687631)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/billing/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Account Billing
         * @description Get authenticated account information including credit balance and account details.
         */
        get: operations["get_account_billing_billing_account_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tasks
         * @description Get paginated list of AI agent tasks with optional filtering by session and status.
         */
        get: operations["list_tasks_tasks_get"];
        put?: never;
        /**
         * Create Task
         * @description Create and start a new task.
         *
         *     You can either:
         *     1. Start a new task without a sessionId (auto-creates a session with US proxy by default).
         *        Note: Tasks without a sessionId are one-off tasks that automatically close the session
         *        upon completion (keep_alive=false). Use sessionSettings to configure the auto-created
         *        session (e.g. proxyCountryCode, profileId, screen dimensions).
         *     2. Start a new task in an existing session (reuse for follow-up tasks or custom configuration)
         *
         *     Note: Without sessionSettings, a US proxy is enabled by default. Providing sessionSettings
         *     overrides defaults — proxy is only enabled if proxyCountryCode is set. For full control over
         *     session configuration (e.g. keep_alive), create a session first via POST /sessions with your
         *     desired settings, then pass that sessionId when creating tasks.
         */
        post: operations["create_task_tasks_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task
         * @description Get detailed task information including status, progress, steps, and file outputs.
         */
        get: operations["get_task_tasks__task_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Task
         * @description Control task execution with stop, pause, resume, or stop task and session actions.
         */
        patch: operations["update_task_tasks__task_id__patch"];
        trace?: never;
    };
    "/tasks/{task_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Status
         * @description Lightweight endpoint optimized for polling task status.
         *
         *     Returns only the task status, output, and cost without loading steps,
         *     files, or session details. Use this endpoint for efficient polling
         *     instead of GET /tasks/{task_id}.
         *
         *     Recommended polling pattern:
         *     1. POST /tasks to create a task
         *     2. Poll GET /tasks/{task_id}/status until status is 'finished' or 'stopped'
         *     3. GET /tasks/{task_id} once at the end for full details including steps
         */
        get: operations["get_task_status_tasks__task_id__status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Logs
         * @description Get secure download URL for task execution logs with step-by-step details.
         */
        get: operations["get_task_logs_tasks__task_id__logs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sessions
         * @description Get paginated list of AI agent sessions with optional status filtering.
         */
        get: operations["list_sessions_sessions_get"];
        put?: never;
        /**
         * Create Session
         * @description Create a new session with a new task.
         */
        post: operations["create_session_sessions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session
         * @description Get detailed session information including status, URLs, and task details.
         */
        get: operations["get_session_sessions__session_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Session
         * @description Delete a session with all its tasks.
         */
        delete: operations["delete_session_sessions__session_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Session
         * @description Stop a session and all its running tasks.
         */
        patch: operations["update_session_sessions__session_id__patch"];
        trace?: never;
    };
    "/sessions/{session_id}/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purge Session
         * @description Immediately purge all data for a session (ZDR projects only).
         *
         *     Redacts PII from database records and deletes all S3 objects (screenshots,
         *     output files, uploaded files, logs, history, downloads, agent state) for the
         *     given session. This is the same cleanup the ZDR cron performs, but on-demand
         *     and scoped to a single session with no grace period.
         */
        post: operations["purge_session_sessions__session_id__purge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/public-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session Public Share
         * @description Get public share information including URL and usage statistics.
         */
        get: operations["get_session_public_share_sessions__session_id__public_share_get"];
        put?: never;
        /**
         * Create Session Public Share
         * @description Create or return existing public share for a session.
         */
        post: operations["create_session_public_share_sessions__session_id__public_share_post"];
        /**
         * Delete Session Public Share
         * @description Remove public share for a session.
         */
        delete: operations["delete_session_public_share_sessions__session_id__public_share_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/sessions/{session_id}/presigned-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agent Session Upload File Presigned Url
         * @description Generate a secure presigned URL for uploading files to an agent session.
         */
        post: operations["agent_session_upload_file_presigned_url_files_sessions__session_id__presigned_url_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/browsers/{session_id}/presigned-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Browser Session Upload File Presigned Url
         * @description Generate a secure presigned URL for uploading files to a browser session.
         */
        post: operations["browser_session_upload_file_presigned_url_files_browsers__session_id__presigned_url_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/tasks/{task_id}/output-files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task Output File Presigned Url
         * @description Get secure download URL for an output file generated by the AI agent.
         */
        get: operations["get_task_output_file_presigned_url_files_tasks__task_id__output_files__file_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Profiles
         * @description Get paginated list of profiles.
         *
         *     Use the `query` parameter to search profiles by name or user_id.
         *     This is useful when you have many profiles and need to find a specific user.
         *
         *     Example: If you set `user_id` to your internal user identifier when creating profiles,
         *     you can later search for that user by passing their identifier as the `query` parameter.
         */
        get: operations["list_profiles_profiles_get"];
        put?: never;
        /**
         * Create Profile
         * @description Profiles allow you to preserve the state of the browser between tasks.
         *
         *     They are most commonly used to allow users to preserve the log-in state in the agent between tasks.
         *     You'd normally create one profile per user and then use it for all their tasks.
         *
         *     You can set a `user_id` when creating a profile to associate it with a user in your system.
         *     This allows you to later search for the profile using the GET /profiles endpoint with a query parameter.
         */
        post: operations["create_profile_profiles_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profiles/{profile_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Profile
         * @description Get profile details.
         */
        get: operations["get_profile_profiles__profile_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Browser Profile
         * @description Permanently delete a browser profile and its configuration.
         */
        delete: operations["delete_browser_profile_profiles__profile_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Profile
         * @description Update a browser profile's information.
         */
        patch: operations["update_profile_profiles__profile_id__patch"];
        trace?: never;
    };
    "/browsers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Browser Sessions
         * @description Get paginated list of browser sessions with optional status filtering.
         */
        get: operations["list_browser_sessions_browsers_get"];
        put?: never;
        /**
         * Create Browser Session
         * @description Create a new browser session.
         *
         *     **Pricing:** Browser sessions are charged at $0.02/hour for all users.
         *
         *     The full rate is charged upfront when the session starts.
         *     When you stop the session, any unused time is automatically refunded proportionally.
         *
         *     Billing is rounded up to the minute (minimum 1 minute).
         *     For example, if you stop a session after 30 minutes, you'll be refunded half the charged amount.
         *
         *     **Session Limits:**
         *     - All users: Up to 4 hours per session
         */
        post: operations["create_browser_session_browsers_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/browsers/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Browser Session
         * @description Get detailed browser session information including status and URLs.
         */
        get: operations["get_browser_session_browsers__session_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Browser Session
         * @description Stop a browser session.
         *
         *     **Refund:** When you stop a session, unused time is automatically refunded.
         *     If the session ran for less than 1 hour, you'll receive a proportional refund.
         *     Billing is ceil to the nearest minute (minimum 1 minute).
         */
        patch: operations["update_browser_session_browsers__session_id__patch"];
        trace?: never;
    };
    "/browsers/{session_id}/downloads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Browser Session Downloads
         * @description List files the browser downloaded to S3 during the session.
         *
         *     Pass ``includeUrls=true`` to receive presigned download URLs (15 min expiry) inline.
         *     Files are stored at ``downloads/projects/{project_id}/sessions/{session_id}/`` in
         *     the private bucket.
         */
        get: operations["list_browser_session_downloads_browsers__session_id__downloads_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Skills
         * @description List all skills owned by the authenticated project with optional filtering.
         */
        get: operations["list_skills_skills_get"];
        put?: never;
        /**
         * Create Skill
         * @description Create a new skill via automated generation.
         */
        post: operations["create_skill_skills_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skill_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Skill
         * @description Get details of a specific skill owned by the project.
         */
        get: operations["get_skill_skills__skill_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Skill
         * @description Delete a skill owned by the project.
         */
        delete: operations["delete_skill_skills__skill_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Skill
         * @description Update skill metadata (name, description, enabled, etc.).
         */
        patch: operations["update_skill_skills__skill_id__patch"];
        trace?: never;
    };
    "/skills/{skill_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Generation
         * @description Cancel the current in-progress generation for a skill.
         */
        post: operations["cancel_generation_skills__skill_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skill_id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rollback Skill
         * @description Rollback to the previous version (cannot be undone).
         */
        post: operations["rollback_skill_skills__skill_id__rollback_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skill_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute Skill
         * @description Execute a skill with the provided parameters.
         */
        post: operations["execute_skill_skills__skill_id__execute_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skill_id}/refine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refine Skill
         * @description Refine a skill based on feedback.
         */
        post: operations["refine_skill_skills__skill_id__refine_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skill_id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Skill Executions
         * @description List executions for a specific skill.
         */
        get: operations["list_skill_executions_skills__skill_id__executions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills/{skill_id}/executions/{execution_id}/output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Skill Execution Output
         * @description Get presigned URL for downloading skill execution output.
         */
        get: operations["get_skill_execution_output_skills__skill_id__executions__execution_id__output_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marketplace/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Skills
         * @description List all public skills available in the marketplace with optional filtering.
         */
        get: operations["list_skills_marketplace_skills_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marketplace/skills/{skill_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Skill
         * @description Get details of a specific public skill from the marketplace.
         */
        get: operations["get_skill_marketplace_skills__skill_slug__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marketplace/skills/{skill_id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone Skill
         * @description Clone a public marketplace skill to the user's project.
         */
        post: operations["clone_skill_marketplace_skills__skill_id__clone_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/marketplace/skills/{skill_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute Skill
         * @description Execute a skill with the provided parameters.
         */
        post: operations["execute_skill_marketplace_skills__skill_id__execute_post"];
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
        /**
         * AccountNotFoundError
         * @description Error response when an account is not found
         */
        AccountNotFoundError: {
            /**
             * Detail
             * @default Account not found
             */
            detail?: string;
        };
        /**
         * AccountView
         * @description View model for account information.
         */
        AccountView: {
            /**
             * Name
             * @description The name of the user
             */
            name?: string | null;
            /**
             * Credits Balance USD
             * @description The total credits balance in USD
             */
            totalCreditsBalanceUsd: number;
            /**
             * Monthly Credits Balance USD
             * @description Monthly subscription credits balance in USD
             */
            monthlyCreditsBalanceUsd: number;
            /**
             * Additional Credits Balance USD
             * @description Additional top-up credits balance in USD
             */
            additionalCreditsBalanceUsd: number;
            /**
             * Rate Limit
             * @description The rate limit for the account
             */
            rateLimit: number;
            /**
             * Plan Info
             * @description The plan information
             */
            planInfo: components["schemas"]["PlanInfo"];
            /**
             * Is Free Tier
             * @description Whether the account is on the free tier
             * @default false
             */
            isFreeTier?: boolean;
            /**
             * Project ID
             * Format: uuid
             * @description The ID of the project
             */
            projectId: string;
        };
        /**
         * BrowserDownloadFile
         * @description A single file the browser downloaded during the session.
         */
        BrowserDownloadFile: {
            /**
             * Path
             * @description File name (basename relative to the session downloads prefix)
             */
            path: string;
            /**
             * Size
             * @description File size in bytes
             */
            size: number;
            /**
             * Lastmodified
             * Format: date-time
             * @description When the file was last modified in S3
             */
            lastModified: string;
            /**
             * Url
             * @description Presigned download URL (15 min expiry). Only included when `includeUrls=true`.
             */
            url?: string | null;
        };
        /**
         * BrowserDownloadListResponse
         * @description Paginated list of browser downloads with optional presigned URLs.
         */
        BrowserDownloadListResponse: {
            /**
             * Files
             * @description List of files downloaded by the browser
             */
            files: components["schemas"]["BrowserDownloadFile"][];
            /**
             * Nextcursor
             * @description Cursor for the next page. Pass as the `cursor` query parameter to fetch the next page.
             */
            nextCursor?: string | null;
            /**
             * Hasmore
             * @description Whether there are more files beyond this page.
             * @default false
             */
            hasMore?: boolean;
        };
        /**
         * BrowserSessionItemView
         * @description View model for representing a browser session in list views.
         */
        BrowserSessionItemView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the session
             */
            id: string;
            /**
             * Status
             * @description Current status of the session (active/stopped)
             */
            status: components["schemas"]["BrowserSessionStatus"];
            /**
             * Live URL
             * @description URL where the browser can be viewed live in real-time
             */
            liveUrl?: string | null;
            /**
             * CDP URL
             * @description Chrome DevTools Protocol URL for browser automation
             */
            cdpUrl?: string | null;
            /**
             * Timeout At
             * Format: date-time
             * @description Timestamp when the session will timeout
             */
            timeoutAt: string;
            /**
             * Started At
             * Format: date-time
             * @description Timestamp when the session was created and started
             */
            startedAt: string;
            /**
             * Finished At
             * @description Timestamp when the session was stopped (None if still active)
             */
            finishedAt?: string | null;
            /**
             * Proxy Used MB
             * @description Amount of proxy data used in MB
             * @default 0
             */
            proxyUsedMb?: string;
            /**
             * Proxy Cost
             * @description Cost of proxy usage in USD
             * @default 0
             */
            proxyCost?: string;
            /**
             * Browser Cost
             * @description Cost of browser session hosting in USD
             * @default 0
             */
            browserCost?: string;
            /**
             * Agent Session ID
             * @description ID of the agent session that created this browser (None for standalone BaaS sessions)
             */
            agentSessionId?: string | null;
            /**
             * Recording URL
             * @description Presigned URL to download the session recording (available after session ends, if recording was enabled)
             */
            recordingUrl?: string | null;
        };
        /**
         * BrowserSessionListResponse
         * @description Response model for paginated browser session list requests.
         */
        BrowserSessionListResponse: {
            /**
             * Items
             * @description List of browser session views for the current page
             */
            items: components["schemas"]["BrowserSessionItemView"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * BrowserSessionStatus
         * @description Enumeration of possible browser session states
         *
         *     Attributes:
         *         ACTIVE: Session is currently active and running (browser is running)
         *         STOPPED: Session has been stopped and is no longer active (browser is stopped)
         * @enum {string}
         */
        BrowserSessionStatus: "active" | "stopped";
        /**
         * BrowserSessionUpdateAction
         * @description Available actions that can be performed on a browser session
         *
         *     Attributes:
         *         STOP: Stop the browser session (cannot be undone)
         * @enum {string}
         */
        BrowserSessionUpdateAction: "stop";
        /**
         * BrowserSessionView
         * @description View model for representing a browser session.
         */
        BrowserSessionView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the session
             */
            id: string;
            /**
             * Status
             * @description Current status of the session (active/stopped)
             */
            status: components["schemas"]["BrowserSessionStatus"];
            /**
             * Live URL
             * @description URL where the browser can be viewed live in real-time
             */
            liveUrl?: string | null;
            /**
             * CDP URL
             * @description Chrome DevTools Protocol URL for browser automation
             */
            cdpUrl?: string | null;
            /**
             * Timeout At
             * Format: date-time
             * @description Timestamp when the session will timeout
             */
            timeoutAt: string;
            /**
             * Started At
             * Format: date-time
             * @description Timestamp when the session was created and started
             */
            startedAt: string;
            /**
             * Finished At
             * @description Timestamp when the session was stopped (None if still active)
             */
            finishedAt?: string | null;
            /**
             * Proxy Used MB
             * @description Amount of proxy data used in MB
             * @default 0
             */
            proxyUsedMb?: string;
            /**
             * Proxy Cost
             * @description Cost of proxy usage in USD
             * @default 0
             */
            proxyCost?: string;
            /**
             * Browser Cost
             * @description Cost of browser session hosting in USD
             * @default 0
             */
            browserCost?: string;
            /**
             * Agent Session ID
             * @description ID of the agent session that created this browser (None for standalone BaaS sessions)
             */
            agentSessionId?: string | null;
            /**
             * Recording URL
             * @description Presigned URL to download the session recording (available after session ends, if recording was enabled)
             */
            recordingUrl?: string | null;
        };
        /**
         * CannotDeleteSkillWhileGeneratingError
         * @description Error response when a skill cannot be deleted while it is still generating
         */
        CannotDeleteSkillWhileGeneratingError: {
            /**
             * Detail
             * @default Cannot delete skill while it is still generating
             */
            detail?: string;
        };
        /**
         * CannotRollbackPublicSkillError
         * @description Error response when trying to rollback a public skill
         */
        CannotRollbackPublicSkillError: {
            /**
             * Detail
             * @default Cannot rollback a public skill. Please make the skill private first.
             */
            detail?: string;
        };
        /**
         * ConcurrentSkillCreationsError
         * @description Error response when concurrent skill creations are attempted
         */
        ConcurrentSkillCreationsError: {
            /**
             * Detail
             * @default Concurrent skill creations are not allowed. Please wait for the current skill creation to finish or cancel it.
             */
            detail?: string;
        };
        /**
         * CreateBrowserSessionRequest
         * @description Request model for creating a browser session.
         */
        CreateBrowserSessionRequest: {
            /**
             * Profile ID
             * @description The ID of the profile to use for the session
             */
            profileId?: string | null;
            /**
             * Proxy Country Code
             * @description Country code for proxy location. Defaults to US. Set to null to disable proxy.
             * @default us
             */
            proxyCountryCode?: components["schemas"]["ProxyCountryCode"] | null;
            /**
             * Timeout
             * @description The timeout for the session in minutes. All users can use up to 240 minutes (4 hours). Browser sessions are charged $0.02/hour.
             * @default 60
             */
            timeout?: number;
            /**
             * Browser Screen Width
             * @description Custom screen width in pixels for the browser.
             */
            browserScreenWidth?: number | null;
            /**
             * Browser Screen Height
             * @description Custom screen height in pixels for the browser.
             */
            browserScreenHeight?: number | null;
            /**
             * Allow Resizing
             * @description Whether to allow the browser to be resized during the session (not recommended since it reduces stealthiness).
             * @default false
             */
            allowResizing?: boolean;
            /**
             * Custom Proxy
             * @description Custom proxy settings to use for the session. If not provided, our proxies will be used. Custom proxies are available on any active subscription.
             */
            customProxy?: components["schemas"]["CustomProxy"] | null;
            /**
             * Enable Recording
             * @description If True, enables session recording. Defaults to False.
             * @default false
             */
            enableRecording?: boolean;
        };
        /**
         * CreateSessionRequest
         * @description Request model for creating a session.
         */
        CreateSessionRequest: {
            /**
             * Profile ID
             * @description The ID of the profile to use for the session
             */
            profileId?: string | null;
            /**
             * Proxy Country Code
             * @description Country code for proxy location. Defaults to US. Set to null to disable proxy.
             * @default us
             */
            proxyCountryCode?: components["schemas"]["ProxyCountryCode"] | null;
            /**
             * Start URL
             * @description URL to navigate to when the session starts.
             */
            startUrl?: string | null;
            /**
             * Browser Screen Width
             * @description Custom screen width in pixels for the browser.
             */
            browserScreenWidth?: number | null;
            /**
             * Browser Screen Height
             * @description Custom screen height in pixels for the browser.
             */
            browserScreenHeight?: number | null;
            /**
             * Persist Memory
             * @description If True (default), tasks in this session share memory and history with each other, allowing follow-up tasks to continue from previous context. If False, each task runs as a standalone task without any previous task context.
             * @default true
             */
            persistMemory?: boolean;
            /**
             * Keep Alive
             * @description If True (default), the browser session stays alive after tasks complete, allowing follow-up tasks. If False, the session is closed immediately after task completion. Set to False for simple one-off tasks to reduce session idle time.
             * @default true
             */
            keepAlive?: boolean;
            /**
             * Custom Proxy
             * @description Custom proxy settings to use for the session. If not provided, our proxies will be used. Custom proxies are available on any active subscription.
             */
            customProxy?: components["schemas"]["CustomProxy"] | null;
            /**
             * Enable Recording
             * @description If True, enables session recording. Defaults to False.
             * @default false
             */
            enableRecording?: boolean;
        };
        /**
         * CreateSkillRequest
         * @description Request to create a new skill via automated generation.
         */
        CreateSkillRequest: {
            /**
             * Title
             * @description Optional title for the skill (will be generated if not provided)
             */
            title?: string | null;
            /**
             * Description
             * @description Optional description for the skill (will be generated if not provided)
             */
            description?: string | null;
            /**
             * Goal
             * @description Goal of the skill (description of what the skill does and what the user should expect from it)
             */
            goal: string;
            /**
             * Agentprompt
             * @description Prompt for the agent to use when generating the skill automatically
             */
            agentPrompt: string;
        };
        /**
         * CreateSkillResponse
         * @description Response after creating a skill.
         */
        CreateSkillResponse: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the created skill
             */
            id: string;
        };
        /**
         * CreateTaskRequest
         * @description Request model for creating a task
         */
        CreateTaskRequest: {
            /**
             * Task
             * @description The task prompt/instruction for the agent.
             */
            task: string;
            /**
             * LLM
             * @description The LLM model to use for the agent.
             * @default browser-use-2.0
             */
            llm?: components["schemas"]["SupportedLLMs"];
            /**
             * Start URL
             * @description The URL to start the task from.
             */
            startUrl?: string | null;
            /**
             * Max Steps
             * @description Maximum number of steps the agent can take before stopping.
             * @default 100
             */
            maxSteps?: number;
            /**
             * Structured Output
             * @description The stringified JSON schema for the structured output.
             */
            structuredOutput?: string | null;
            /**
             * Session ID
             * @description The ID of the session where the task will run.
             */
            sessionId?: string | null;
            /**
             * Metadata
             * @description The metadata for the task. Up to 10 key-value pairs.
             */
            metadata?: {
                [key: string]: string;
            } | null;
            /**
             * Secrets
             * @description The secrets for the task. Allowed domains are not required for secrets to be injected, but are recommended.
             */
            secrets?: {
                [key: string]: string;
            } | null;
            /**
             * Allowed Domains
             * @description The allowed domains for the task.
             */
            allowedDomains?: string[] | null;
            /**
             * 1Password Vault ID
             * @description The ID of the 1Password vault to use for the task. This is used to inject secrets into the task.
             */
            opVaultId?: string | null;
            /**
             * Session Settings
             * @description Session configuration for auto-created sessions. Only applies when session_id is not provided. Ignored when using an existing session.
             */
            sessionSettings?: components["schemas"]["SessionSettings"] | null;
            /**
             * Highlight Elements
             * @description Tells the agent to highlight interactive elements on the page.
             * @default false
             */
            highlightElements?: boolean;
            /**
             * Flash Mode
             * @description Whether agent flash mode is enabled.
             * @default false
             */
            flashMode?: boolean;
            /**
             * Thinking
             * @description Whether agent thinking mode is enabled.
             * @default false
             */
            thinking?: boolean;
            /**
             * Vision
             * @description Whether agent vision capabilities are enabled. Set to 'auto' to let the agent decide based on the model capabilities.
             * @default true
             */
            vision?: boolean | "auto";
            /**
             * System Prompt Extension
             * @description Optional extension to the agent system prompt.
             * @default
             */
            systemPromptExtension?: string;
            /**
             * Judge
             * @description Enable judge mode to evaluate task completion against ground truth.
             * @default false
             */
            judge?: boolean;
            /**
             * Judge Ground Truth
             * @description Expected answer for judge evaluation.
             */
            judgeGroundTruth?: string | null;
            /**
             * Judge LLM
             * @description The LLM model to use for judging. If not provided, uses the default judge LLM.
             */
            judgeLlm?: components["schemas"]["SupportedLLMs"] | null;
            /**
             * Skill IDs
             * @description List of skill IDs to enable for this task. Use ['*'] to enable all available skills for the project.
             */
            skillIds?: string[] | null;
        };
        /**
         * CustomProxy
         * @description Request model for creating a custom proxy.
         */
        CustomProxy: {
            /**
             * Host
             * @description Host of the proxy.
             */
            host: string;
            /**
             * Port
             * @description Port of the proxy.
             */
            port: number;
            /**
             * Username
             * @description Username for proxy authentication.
             */
            username?: string | null;
            /**
             * Password
             * @description Password for proxy authentication.
             */
            password?: string | null;
            /**
             * Ignore Certificate Errors
             * @description Ignore TLS certificate errors. Enable this if your proxy uses a self-signed or untrusted certificate (e.g. Burp Suite, corporate proxies).
             * @default false
             */
            ignoreCertErrors?: boolean;
        };
        /**
         * DownloadUrlGenerationError
         * @description Error response when download URL generation fails
         */
        DownloadUrlGenerationError: {
            /**
             * Detail
             * @default Failed to generate download URL
             */
            detail?: string;
        };
        /**
         * EnabledSkillsLimitExceededError
         * @description Error response when trying to enable more skills than allowed by plan
         */
        EnabledSkillsLimitExceededError: {
            /**
             * Detail
             * @default Enabled skills limit exceeded for your plan
             */
            detail?: string;
        };
        /**
         * ExecuteSkillRequest
         * @description Request to execute a skill.
         */
        ExecuteSkillRequest: {
            /**
             * Parameters
             * @description Parameters to pass to the skill handler
             */
            parameters?: {
                [key: string]: unknown;
            };
            /**
             * Sessionid
             * @description Optional session ID (UUID) for IP persistence.
             */
            sessionId?: string | null;
        };
        /**
         * ExecuteSkillResponse
         * @description Response from executing a skill.
         */
        ExecuteSkillResponse: {
            /**
             * Success
             * @description Whether the skill execution was successful
             */
            success: boolean;
            /**
             * Result
             * @description Output of the skill execution
             */
            result?: unknown | null;
            /**
             * Error
             * @description Error message if the skill execution failed
             */
            error?: string | null;
            /**
             * Stderr
             * @description Standard error output of the skill execution
             */
            stderr?: string | null;
            /**
             * Latency in ms
             * @description Latency of the skill execution in milliseconds
             */
            latencyMs?: number | null;
        };
        /**
         * FileView
         * @description View model for representing an output file generated by the agent
         */
        FileView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the output file
             */
            id: string;
            /**
             * File Name
             * @description Name of the output file
             */
            fileName: string;
        };
        /**
         * GenerationNotCancellableError
         * @description Error response when generation is not cancellable
         */
        GenerationNotCancellableError: {
            /**
             * Detail
             * @default Generation is not cancellable
             */
            detail?: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * InsufficientCreditsError
         * @description Error response when there are insufficient credits
         */
        InsufficientCreditsError: {
            /**
             * Detail
             * @default Insufficient credits
             */
            detail?: string;
        };
        /**
         * InternalServerError
         * @description Error response for internal server errors
         */
        InternalServerError: {
            /**
             * Detail
             * @default An internal server error occurred
             */
            detail?: string;
        };
        /**
         * MarketplaceSkillListResponse
         * @description Response for listing skills.
         */
        MarketplaceSkillListResponse: {
            /**
             * Items
             * @description List of skills
             */
            items: components["schemas"]["MarketplaceSkillResponse"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * MarketplaceSkillResponse
         * @description Skill information returned by the API.
         */
        MarketplaceSkillResponse: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the skill
             */
            id: string;
            /**
             * Slug
             * @description URL-friendly slug for the skill
             */
            slug: string;
            /**
             * Title
             * @description Title of the skill (shows up in the public view)
             */
            title: string;
            /**
             * Description
             * @description Description of the skill (shows up in the public view)
             */
            description: string;
            /**
             * Categories
             * @description Categories of the skill
             */
            categories: components["schemas"]["SkillCategory"][];
            /**
             * Domains
             * @description Domains/websites this skill interacts with
             */
            domains: string[];
            /**
             * Parameters
             * @description Input parameters of the skill
             */
            parameters: components["schemas"]["ParameterSchema"][];
            /**
             * Output Schema
             * @description Output schema of the skill
             */
            outputSchema: {
                [key: string]: unknown;
            };
            /**
             * Current Version
             * @description Current version of the skill
             */
            currentVersion: number | null;
            /**
             * Is Official
             * @description Whether the skill is official (verified by Browser Use)
             */
            isOfficial: boolean;
            /**
             * Clone Count
             * @description Number of times this skill has been cloned
             */
            cloneCount: number;
            /**
             * Icon URL
             * @description URL of the custom skill icon
             */
            iconUrl?: string | null;
            /**
             * First Published At
             * Format: date-time
             * @description When the skill was first published
             */
            firstPublishedAt: string;
            /**
             * Last Published At
             * Format: date-time
             * @description When the skill was last published
             */
            lastPublishedAt: string;
            /**
             * Created At
             * Format: date-time
             * @description Creation timestamp
             */
            createdAt: string;
            /**
             * Updated At
             * Format: date-time
             * @description Last update timestamp
             */
            updatedAt: string;
        };
        /**
         * OutputFileNotFoundError
         * @description Error response when an output file is not found
         */
        OutputFileNotFoundError: {
            /**
             * Detail
             * @default Output file not found
             */
            detail?: string;
        };
        /**
         * ParameterSchema
         * @description Schema for a skill parameter.
         */
        ParameterSchema: {
            /** Name */
            name: string;
            type: components["schemas"]["ParameterType"];
            /**
             * Required
             * @default true
             */
            required?: boolean;
            /** Description */
            description?: string | null;
            /** Default */
            default?: unknown | null;
            /** Cookiedomain */
            cookieDomain?: string | null;
        };
        /**
         * ParameterType
         * @description Type of a skill parameter.
         * @enum {string}
         */
        ParameterType: "string" | "number" | "boolean" | "object" | "array" | "cookie";
        /**
         * PlanInfo
         * @description View model for plan information
         */
        PlanInfo: {
            /**
             * Plan Name
             * @description The name of the plan
             */
            planName: string;
            /**
             * Subscription Status
             * @description The status of the subscription
             */
            subscriptionStatus: string | null;
            /**
             * Subscription ID
             * @description The ID of the subscription
             */
            subscriptionId: string | null;
            /**
             * Subscription Current Period End
             * @description The end of the current period
             */
            subscriptionCurrentPeriodEnd: string | null;
            /**
             * Subscription Canceled At
             * @description The date the subscription was canceled
             */
            subscriptionCanceledAt: string | null;
        };
        /**
         * ProfileCreateRequest
         * @description Request model for creating a new profile.
         */
        ProfileCreateRequest: {
            /**
             * Name
             * @description Optional name for the profile
             */
            name?: string | null;
            /**
             * User ID
             * @description Your internal user identifier for this profile. Use this to associate a profile with a user in your system.
             */
            userId?: string | null;
        };
        /**
         * ProfileListResponse
         * @description Response model for paginated profile list requests.
         */
        ProfileListResponse: {
            /**
             * Items
             * @description List of profile views for the current page
             */
            items: components["schemas"]["ProfileView"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * ProfileNotFoundError
         * @description Error response when a profile is not found
         */
        ProfileNotFoundError: {
            /**
             * Detail
             * @default Profile not found
             */
            detail?: string;
        };
        /**
         * ProfileUpdateRequest
         * @description Request model for updating a profile.
         */
        ProfileUpdateRequest: {
            /**
             * Name
             * @description Optional name for the profile
             */
            name?: string | null;
            /**
             * User ID
             * @description Your internal user identifier for this profile. Use this to associate a profile with a user in your system.
             */
            userId?: string | null;
        };
        /**
         * ProfileView
         * @description View model for representing a profile. A profile lets you preserve the login state between sessions.
         *
         *     We recommend that you create a separate profile for each user of your app.
         *     You can assign a user_id to each profile to easily identify which user the profile belongs to.
         */
        ProfileView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the profile
             */
            id: string;
            /**
             * User ID
             * @description Your internal user identifier for this profile. Use this to associate a profile with a user in your system.
             */
            userId?: string | null;
            /**
             * Name
             * @description Optional name for the profile
             */
            name?: string | null;
            /**
             * Last Used At
             * @description Timestamp when the profile was last used
             */
            lastUsedAt?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when the profile was created
             */
            createdAt: string;
            /**
             * Updated At
             * Format: date-time
             * @description Timestamp when the profile was last updated
             */
            updatedAt: string;
            /**
             * Cookie Domains
             * @description List of domain URLs that have cookies stored for this profile
             */
            cookieDomains?: string[] | null;
        };
        /**
         * ProxyCountryCode
         * @enum {string}
         */
        ProxyCountryCode: "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "an" | "ao" | "aq" | "ar" | "as" | "at" | "au" | "aw" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bv" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ck" | "cl" | "cm" | "co" | "cr" | "cs" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gs" | "gt" | "gu" | "gw" | "gy" | "hk" | "hm" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pn" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "tc" | "td" | "tf" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "uk" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw";
        /**
         * RefineSkillRequest
         * @description Request to refine an existing skill.
         */
        RefineSkillRequest: {
            /**
             * Feedback
             * @description Feedback describing what to improve
             */
            feedback: string;
            /**
             * Testoutput
             * @description Last skill test output to include in refinement context
             */
            testOutput?: string | null;
            /**
             * Testlogs
             * @description Last skill test logs to include in refinement context
             */
            testLogs?: string | null;
        };
        /**
         * RefineSkillResponse
         * @description Response after requesting skill refinement.
         */
        RefineSkillResponse: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the skill
             */
            id: string;
        };
        /**
         * SessionHasRunningTaskError
         * @description Error response when session already has a running task
         */
        SessionHasRunningTaskError: {
            /**
             * Detail
             * @default Agent session already has a running task. Please wait for it to finish or stop it manually.
             */
            detail?: string;
        };
        /**
         * SessionItemView
         * @description View model for representing a (browser) session.
         */
        SessionItemView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the session
             */
            id: string;
            /**
             * Status
             * @description Current status of the session (active/stopped)
             */
            status: components["schemas"]["SessionStatus"];
            /**
             * Live URL
             * @description URL where the browser can be viewed live in real-time
             */
            liveUrl?: string | null;
            /**
             * Recording URL
             * @description Presigned URL to download the session recording (available after session ends, if recording was enabled)
             */
            recordingUrl?: string | null;
            /**
             * Started At
             * Format: date-time
             * @description Timestamp when the session was created and started
             */
            startedAt: string;
            /**
             * Finished At
             * @description Timestamp when the session was stopped (None if still active)
             */
            finishedAt?: string | null;
            /**
             * Persist Memory
             * @description Whether tasks in this session share memory and history with each other
             */
            persistMemory: boolean;
            /**
             * Keep Alive
             * @description Whether the browser session stays alive after tasks complete
             */
            keepAlive: boolean;
            /**
             * Proxy Used MB
             * @description Amount of proxy data used in MB
             * @default 0
             */
            proxyUsedMb?: string;
            /**
             * Proxy Cost
             * @description Cost of proxy usage in USD
             * @default 0
             */
            proxyCost?: string;
        };
        /**
         * SessionListResponse
         * @description Response model for paginated session list requests.
         */
        SessionListResponse: {
            /**
             * Items
             * @description List of session views for the current page
             */
            items: components["schemas"]["SessionItemView"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * SessionNotFoundError
         * @description Error response when a session is not found
         */
        SessionNotFoundError: {
            /**
             * Detail
             * @default Session not found
             */
            detail?: string;
        };
        /**
         * SessionSettings
         * @description Session configuration for auto-created sessions.
         *     These settings only apply when no session_id is provided.
         */
        SessionSettings: {
            /**
             * Profile ID
             * @description Browser profile ID for persistent browser state (cookies, local storage, etc.).
             */
            profileId?: string | null;
            /**
             * Proxy Country Code
             * @description Proxy country code for geo-targeted browsing. Defaults to US. Set to null to disable proxy.
             * @default us
             */
            proxyCountryCode?: components["schemas"]["ProxyCountryCode"] | null;
            /**
             * Browser Screen Width
             * @description Custom screen width in pixels for the browser.
             */
            browserScreenWidth?: number | null;
            /**
             * Browser Screen Height
             * @description Custom screen height in pixels for the browser.
             */
            browserScreenHeight?: number | null;
            /**
             * Enable Recording
             * @description If True, enables session recording. Defaults to False.
             * @default false
             */
            enableRecording?: boolean;
        };
        /**
         * SessionStatus
         * @description Enumeration of possible agent session states
         *
         *     Attributes:
         *         ACTIVE: Agent session is currently active and running
         *         STOPPED: Agent session has been stopped and is no longer active
         * @enum {string}
         */
        SessionStatus: "active" | "stopped";
        /**
         * SessionStoppedError
         * @description Error response when trying to use a stopped session
         */
        SessionStoppedError: {
            /**
             * Detail
             * @default Browser session is stopped. Please start a new session and try again.
             */
            detail?: string;
        };
        /**
         * SessionTimeoutLimitExceededError
         * @description Error response when session timeout exceeds the maximum allowed limit
         */
        SessionTimeoutLimitExceededError: {
            /**
             * Detail
             * @default Maximum session timeout is 4 hours (240 minutes).
             */
            detail?: string;
        };
        /**
         * SessionUpdateAction
         * @description Available actions that can be performed on a session
         *
         *     Attributes:
         *         STOP: Stop the session and all its associated tasks (cannot be undone)
         * @enum {string}
         */
        SessionUpdateAction: "stop";
        /**
         * SessionView
         * @description View model for representing a (browser) session with its associated tasks.
         */
        SessionView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the session
             */
            id: string;
            /**
             * Status
             * @description Current status of the session (active/stopped)
             */
            status: components["schemas"]["SessionStatus"];
            /**
             * Live URL
             * @description URL where the browser can be viewed live in real-time
             */
            liveUrl?: string | null;
            /**
             * Recording URL
             * @description Presigned URL to download the session recording (available after session ends, if recording was enabled)
             */
            recordingUrl?: string | null;
            /**
             * Started At
             * Format: date-time
             * @description Timestamp when the session was created and started
             */
            startedAt: string;
            /**
             * Finished At
             * @description Timestamp when the session was stopped (None if still active)
             */
            finishedAt?: string | null;
            /**
             * Tasks
             * @description List of tasks associated with this session
             */
            tasks: components["schemas"]["TaskItemView"][];
            /**
             * Public Share URL
             * @description Optional URL to access the public share of the session
             */
            publicShareUrl?: string | null;
            /**
             * Persist Memory
             * @description Whether tasks in this session share memory and history with each other
             * @default true
             */
            persistMemory?: boolean;
            /**
             * Keep Alive
             * @description Whether the browser session stays alive after tasks complete
             * @default true
             */
            keepAlive?: boolean;
            /**
             * Proxy Used MB
             * @description Amount of proxy data used in MB
             * @default 0
             */
            proxyUsedMb?: string;
            /**
             * Proxy Cost
             * @description Cost of proxy usage in USD
             * @default 0
             */
            proxyCost?: string;
        };
        /**
         * ShareNotFoundError
         * @description Error response when a public share is not found
         */
        ShareNotFoundError: {
            /**
             * Detail
             * @default Public share not found
             */
            detail?: string;
        };
        /**
         * ShareView
         * @description View model for representing a public share of a session.
         */
        ShareView: {
            /**
             * Share Token
             * @description Token to access the public share
             */
            shareToken: string;
            /**
             * Share URL
             * @description URL to access the public share
             */
            shareUrl: string;
            /**
             * View Count
             * @description Number of times the public share has been viewed
             */
            viewCount: number;
            /**
             * Last Viewed At
             * @description Timestamp of the last time the public share was viewed (None if never viewed)
             */
            lastViewedAt?: string | null;
        };
        /**
         * SkillCategory
         * @description Skill category.
         * @enum {string}
         */
        SkillCategory: "search" | "e_commerce" | "financial" | "news" | "real_estate" | "social_media" | "travel" | "marketplace" | "lead_generation" | "seo" | "jobs" | "developer" | "media" | "automation" | "integration" | "other";
        /**
         * SkillExecutionListResponse
         * @description Response for listing skill executions.
         */
        SkillExecutionListResponse: {
            /**
             * Items
             * @description List of executions
             */
            items: components["schemas"]["SkillExecutionView"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * SkillExecutionOutputResponse
         * @description Response containing presigned URL for downloading execution output.
         */
        SkillExecutionOutputResponse: {
            /**
             * Downloadurl
             * @description Presigned URL for downloading the execution output (valid for 5 minutes)
             */
            downloadUrl: string;
        };
        /**
         * SkillExecutionView
         * @description View for a skill execution.
         */
        SkillExecutionView: {
            /**
             * Id
             * Format: uuid
             * @description Unique identifier for the execution
             */
            id: string;
            /**
             * Skillid
             * Format: uuid
             * @description ID of the skill that was executed
             */
            skillId: string;
            /**
             * Status
             * @description Execution status (running, completed, failed)
             */
            status: string;
            /**
             * Success
             * @description Whether the execution succeeded
             */
            success: boolean;
            /**
             * Startedat
             * Format: date-time
             * @description When the execution started
             */
            startedAt: string;
            /**
             * Finishedat
             * @description When the execution finished
             */
            finishedAt: string | null;
            /**
             * Latencyms
             * @description Execution latency in milliseconds
             */
            latencyMs: number | null;
            /**
             * Hasoutput
             * @description Whether output is available for download
             */
            hasOutput: boolean;
        };
        /**
         * SkillListResponse
         * @description Response for listing skills.
         */
        SkillListResponse: {
            /**
             * Items
             * @description List of skills
             */
            items: components["schemas"]["SkillResponse"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * SkillNotFinishedError
         * @description Error response when skill is not finished
         */
        SkillNotFinishedError: {
            /**
             * Detail
             * @default Skill is not finished
             */
            detail?: string;
        };
        /**
         * SkillNotFoundError
         * @description Error response when a skill is not found
         */
        SkillNotFoundError: {
            /**
             * Detail
             * @default Skill not found
             */
            detail?: string;
        };
        /**
         * SkillResponse
         * @description Skill information returned by the API.
         */
        SkillResponse: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the skill
             */
            id: string;
            /**
             * Slug
             * @description URL-friendly slug for the skill
             */
            slug?: string | null;
            /**
             * Title
             * @description Title of the skill (shows up in the public view)
             */
            title: string;
            /**
             * Description
             * @description Description of the skill (shows up in the public view)
             */
            description: string;
            /**
             * Categories
             * @description Categories of the skill
             */
            categories: components["schemas"]["SkillCategory"][];
            /**
             * Domains
             * @description Domains/websites this skill interacts with
             */
            domains: string[];
            /**
             * Goal
             * @description Goal of the skill (not shown in the public view)
             */
            goal?: string | null;
            /**
             * Agent Prompt
             * @description Prompt for the agent to use when generating the skill automatically (not shown in the public view)
             */
            agentPrompt?: string | null;
            /**
             * Status
             * @description Status of the skill
             */
            status: components["schemas"]["SkillsGenerationStatus"];
            /**
             * Parameters
             * @description Input parameters of the skill
             */
            parameters: components["schemas"]["ParameterSchema"][];
            /**
             * Output Schema
             * @description Output schema of the skill
             */
            outputSchema: {
                [key: string]: unknown;
            };
            /**
             * Enabled
             * @description Whether the skill is enabled
             */
            isEnabled: boolean;
            /**
             * Is Public
             * @description Whether the skill is publicly available
             */
            isPublic: boolean;
            /**
             * Icon URL
             * @description URL of the custom skill icon
             */
            iconUrl?: string | null;
            /**
             * First Published At
             * @description When the skill was first published
             */
            firstPublishedAt?: string | null;
            /**
             * Last Published At
             * @description When the skill was last published
             */
            lastPublishedAt?: string | null;
            /**
             * Current Version
             * @description Current version of the skill
             */
            currentVersion: number | null;
            /**
             * Current Version Started At
             * @description When the current version started generating
             */
            currentVersionStartedAt?: string | null;
            /**
             * Current Version Finished At
             * @description When the current version finished generating
             */
            currentVersionFinishedAt?: string | null;
            /**
             * Code (base64 encoded) - ENTERPRISE ONLY
             * @description Base64 encoded generated code (contact support@browser-use.com to get access) - ENTERPRISE ONLY
             */
            code?: string | null;
            /**
             * Cloned From Skill ID
             * @description Unique identifier for the skill this skill was cloned from
             */
            clonedFromSkillId?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Creation timestamp
             */
            createdAt: string;
            /**
             * Updated At
             * Format: date-time
             * @description Last update timestamp
             */
            updatedAt: string;
        };
        /**
         * SkillsGenerationStatus
         * @description Status of skill generation.
         * @enum {string}
         */
        SkillsGenerationStatus: "recording" | "generating" | "failed" | "finished" | "cancelled" | "timed_out";
        /**
         * SupportedLLMs
         * @enum {string}
         */
        SupportedLLMs: "browser-use-llm" | "browser-use-2.0" | "gpt-4.1" | "gpt-4.1-mini" | "o4-mini" | "o3" | "gemini-2.5-flash" | "gemini-2.5-pro" | "gemini-3-pro-preview" | "gemini-3.1-pro-preview" | "gemini-3-flash-preview" | "gemini-flash-latest" | "gemini-flash-lite-latest" | "claude-sonnet-4-20250514" | "claude-sonnet-4-5-20250929" | "claude-sonnet-4-6" | "claude-opus-4-5-20251101" | "claude-opus-4-7" | "llama-4-maverick-17b-128e-instruct" | "claude-3-7-sonnet-20250219";
        /**
         * TaskCreatedResponse
         * @description Response model for creating a task
         */
        TaskCreatedResponse: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the created task
             */
            id: string;
            /**
             * Session ID
             * Format: uuid
             * @description Session ID where the task was created
             */
            sessionId: string;
        };
        /**
         * TaskItemView
         * @description View model for representing a task with its execution details
         */
        TaskItemView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the task
             */
            id: string;
            /**
             * Session ID
             * Format: uuid
             * @description ID of the session this task belongs to
             */
            sessionId: string;
            /**
             * LLM
             * @description The LLM model used for this task represented as a string
             */
            llm: string;
            /**
             * Task
             * @description The task prompt/instruction given to the agent
             */
            task: string;
            status: components["schemas"]["TaskStatus"];
            /**
             * Created At
             * Format: date-time
             * @description Naive UTC timestamp when the task was created
             */
            createdAt: string;
            /**
             * Started At
             * @description Naive UTC timestamp when the task was started (None if task has not started yet)
             */
            startedAt?: string | null;
            /**
             * Finished At
             * @description Naive UTC timestamp when the task completed (None if still running)
             */
            finishedAt?: string | null;
            /**
             * Metadata
             * @description Optional additional metadata associated with the task set by the user
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Output
             * @description Final output/result of the task
             */
            output?: string | null;
            /**
             * Browser Use Version
             * @description Version of browser-use used for this task (older tasks may not have this set)
             */
            browserUseVersion?: string | null;
            /**
             * Is Success
             * @description Whether the task was successful (self-reported by the agent)
             */
            isSuccess?: boolean | null;
            /**
             * Judgement
             * @description Stringified JSON object containing the full report from the judge
             */
            judgement?: string | null;
            /**
             * Judge Verdict
             * @description Judge verdict - True if the judge found the task to be successful, False otherwise (None if judge is not enabled)
             */
            judgeVerdict?: boolean | null;
            /**
             * Cost
             * @description Total cost of the task in USD. This is the sum of all step costs incurred during task execution.
             */
            cost?: string | null;
            /**
             * Suggestions
             * @description List of actionable suggestions for improving task configuration based on detected issues during execution.
             */
            suggestions?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * TaskListResponse
         * @description Response model for paginated task list requests.
         */
        TaskListResponse: {
            /**
             * Items
             * @description List of task views for the current page
             */
            items: components["schemas"]["TaskItemView"][];
            /**
             * Total Items
             * @description Total number of items in the list
             */
            totalItems: number;
            /**
             * Page Number
             * @description Page number
             */
            pageNumber: number;
            /**
             * Page Size
             * @description Number of items per page
             */
            pageSize: number;
        };
        /**
         * TaskLogFileResponse
         * @description Response model for log file requests
         */
        TaskLogFileResponse: {
            /**
             * Download URL
             * @description URL to download the log file
             */
            downloadUrl: string;
        };
        /**
         * TaskNotFoundError
         * @description Error response when a task is not found
         */
        TaskNotFoundError: {
            /**
             * Detail
             * @default Task not found
             */
            detail?: string;
        };
        /**
         * TaskOutputFileResponse
         * @description Response model for output file requests.
         */
        TaskOutputFileResponse: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the file
             */
            id: string;
            /**
             * File Name
             * @description Name of the file
             */
            fileName: string;
            /**
             * Download URL
             * @description URL to download the file
             */
            downloadUrl: string;
        };
        /**
         * TaskStatus
         * @description Enumeration of possible task execution states
         *
         *     Attributes:
         *             CREATED: Task has been created but not yet started.
         *         STARTED: Task has been started and is currently running.
         *         FINISHED: Task has finished and the agent has completed the task.
         *         FAILED: Task execution failed due to an error.
         *         STOPPED: Task execution has been manually stopped (cannot be resumed).
         * @enum {string}
         */
        TaskStatus: "created" | "started" | "finished" | "failed" | "stopped";
        /**
         * TaskStatusView
         * @description Lightweight view optimized for polling. Use GET /tasks/{id}/status for efficient polling
         *     instead of GET /tasks/{id} which loads full step details.
         */
        TaskStatusView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the task
             */
            id: string;
            /**
             * Status
             * @description Current status of the task
             */
            status: components["schemas"]["TaskStatus"];
            /**
             * Output
             * @description Final output/result of the task (null while running)
             */
            output?: string | null;
            /**
             * Finished At
             * @description Naive UTC timestamp when the task completed (null if still running)
             */
            finishedAt?: string | null;
            /**
             * Is Success
             * @description Whether the task was successful based on the agent's self-reported output
             */
            isSuccess?: boolean | null;
            /**
             * Cost
             * @description Total cost of the task in USD
             */
            cost?: string | null;
        };
        /**
         * TaskStepView
         * @description View model for representing a single step in a task's execution
         */
        TaskStepView: {
            /**
             * Number
             * @description Sequential step number within the task
             */
            number: number;
            /**
             * Memory
             * @description Agent's memory at this step
             */
            memory: string;
            /**
             * Evaluation Previous Goal
             * @description Agent's evaluation of the previous goal completion
             */
            evaluationPreviousGoal: string;
            /**
             * Next Goal
             * @description The goal for the next step
             */
            nextGoal: string;
            /**
             * URL
             * @description Current URL the browser is on for this step
             */
            url: string;
            /**
             * Screenshot URL
             * @description Optional URL to the screenshot taken at this step
             */
            screenshotUrl?: string | null;
            /**
             * Actions
             * @description List of stringified json actions performed by the agent in this step
             */
            actions: string[];
            /**
             * Duration
             * @description Duration of the step in seconds. Calculated as the time elapsed from the previous step completion (or task start for the first step) to this step completion.
             */
            duration?: number | null;
        };
        /**
         * TaskUpdateAction
         * @description Available actions that can be performed on a task
         *
         *     Attributes:
         *         STOP: Stop the current task execution
         *         STOP_TASK_AND_SESSION: Stop both the task and its parent session
         * @enum {string}
         */
        TaskUpdateAction: "stop" | "stop_task_and_session";
        /**
         * TaskView
         * @description View model for representing a task with its execution details
         */
        TaskView: {
            /**
             * ID
             * Format: uuid
             * @description Unique identifier for the task
             */
            id: string;
            /**
             * Sessionid
             * Format: uuid
             */
            sessionId: string;
            /**
             * LLM
             * @description The LLM model used for this task represented as a string
             */
            llm: string;
            /**
             * Task
             * @description The task prompt/instruction given to the agent
             */
            task: string;
            /**
             * Status
             * @description Current status of the task execution
             */
            status: components["schemas"]["TaskStatus"];
            /**
             * Created At
             * Format: date-time
             * @description Naive UTC timestamp when the task was created
             */
            createdAt: string;
            /**
             * Started At
             * @description Naive UTC timestamp when the task was started (None if task has not started yet)
             */
            startedAt?: string | null;
            /**
             * Finished At
             * @description Naive UTC timestamp when the task completed (None if still running)
             */
            finishedAt?: string | null;
            /**
             * Metadata
             * @description Optional additional metadata associated with the task set by the user
             * @default {}
             */
            metadata?: {
                [key: string]: unknown;
            };
            /** Steps */
            steps: components["schemas"]["TaskStepView"][];
            /**
             * Output
             * @description Final output/result of the task
             */
            output?: string | null;
            /** Outputfiles */
            outputFiles: components["schemas"]["FileView"][];
            /**
             * Browser Use Version
             * @description Version of browser-use used for this task (older tasks may not have this set)
             */
            browserUseVersion?: string | null;
            /**
             * Is Success
             * @description Whether the task was successful based on the agent's self-reported output (less reliable than the judge)
             */
            isSuccess?: boolean | null;
            /**
             * Judgement
             * @description Stringified JSON object containing the full report from the judge
             */
            judgement?: string | null;
            /**
             * Judge Verdict
             * @description Judge verdict - True if the judge found the task to be successful, False otherwise (None if judge is not enabled)
             */
            judgeVerdict?: boolean | null;
            /**
             * Cost
             * @description Total cost of the task in USD. This is the sum of all step costs incurred during task execution.
             */
            cost?: string | null;
            /**
             * Suggestions
             * @description List of actionable suggestions for improving task configuration based on detected issues during execution.
             */
            suggestions?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * TooManyConcurrentActiveSessionsError
         * @description Error response when user has too many concurrent active sessions
         */
        TooManyConcurrentActiveSessionsError: {
            /**
             * Detail
             * @default Too many concurrent active sessions. Please wait for one to finish, kill one, or upgrade your plan.
             */
            detail?: string;
        };
        /**
         * UnsupportedContentTypeError
         * @description Error response for unsupported content types
         */
        UnsupportedContentTypeError: {
            /**
             * Detail
             * @default Unsupported content type
             */
            detail?: string;
        };
        /**
         * UpdateBrowserSessionRequest
         * @description Request model for updating browser session state.
         */
        UpdateBrowserSessionRequest: {
            /**
             * Action
             * @description The action to perform on the session
             */
            action: components["schemas"]["BrowserSessionUpdateAction"];
        };
        /**
         * UpdateSessionRequest
         * @description Request model for updating session state.
         */
        UpdateSessionRequest: {
            /**
             * Action
             * @description The action to perform on the session
             */
            action: components["schemas"]["SessionUpdateAction"];
        };
        /**
         * UpdateSkillRequest
         * @description Request to update skill metadata.
         */
        UpdateSkillRequest: {
            /**
             * Title
             * @description Display name for the skill (shows up in the public view)
             */
            title?: string | null;
            /**
             * Description
             * @description Description of what the skill does (shows up in the public view)
             */
            description?: string | null;
            /**
             * Categories
             * @description Categories to assign to the skill
             */
            categories?: components["schemas"]["SkillCategory"][] | null;
            /**
             * Domains
             * @description Domains/websites this skill interacts with
             */
            domains?: string[] | null;
            /**
             * Isenabled
             * @description Whether the skill is enabled for execution
             */
            isEnabled?: boolean | null;
        };
        /**
         * UpdateTaskRequest
         * @description Request model for updating task state
         */
        UpdateTaskRequest: {
            /**
             * Action
             * @description The action to perform on the task
             */
            action: components["schemas"]["TaskUpdateAction"];
        };
        /**
         * UploadFilePresignedUrlResponse
         * @description Response model for a presigned upload URL.
         */
        UploadFilePresignedUrlResponse: {
            /**
             * URL
             * @description The URL to upload the file to.
             */
            url: string;
            /**
             * Method
             * @description The HTTP method to use for the upload.
             * @constant
             */
            method: "POST";
            /**
             * Fields
             * @description The form fields to include in the upload request.
             */
            fields: {
                [key: string]: string;
            };
            /**
             * File Name
             * @description The name of the file to upload (should be referenced when user wants to use the file in a task).
             */
            fileName: string;
            /**
             * Expires In
             * @description The number of seconds until the presigned URL expires.
             */
            expiresIn: number;
        };
        /**
         * UploadFileRequest
         * @description Request model for uploading a file to the user's files bucket.
         */
        UploadFileRequest: {
            /**
             * File Name
             * @description The name of the file to upload
             */
            fileName: string;
            /**
             * Content Type
             * @description The content type of the file to upload
             * @enum {string}
             */
            contentType: "image/jpg" | "image/jpeg" | "image/png" | "image/gif" | "image/webp" | "image/svg+xml" | "application/pdf" | "application/msword" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.ms-excel" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "text/plain" | "text/csv" | "text/markdown";
            /** Sizebytes */
            sizeBytes: number;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_account_billing_billing_account_get: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description Project for a given API key not found! */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountNotFoundError"];
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
    list_tasks_tasks_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                sessionId?: string | null;
                filterBy?: components["schemas"]["TaskStatus"] | null;
                after?: string | null;
                before?: string | null;
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
                    "application/json": components["schemas"]["TaskListResponse"];
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
    create_task_tasks_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCreatedResponse"];
                };
            };
            /** @description Session is stopped or has running task */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStoppedError"] | components["schemas"]["SessionHasRunningTaskError"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Too many concurrent active sessions */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TooManyConcurrentActiveSessionsError"];
                };
            };
        };
    };
    get_task_tasks__task_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNotFoundError"];
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
    update_task_tasks__task_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNotFoundError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
        };
    };
    get_task_status_tasks__task_id__status_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["TaskStatusView"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNotFoundError"];
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
    get_task_logs_tasks__task_id__logs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["TaskLogFileResponse"];
                };
            };
            /** @description Task not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNotFoundError"];
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
            /** @description Failed to generate download URL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadUrlGenerationError"];
                };
            };
        };
    };
    list_sessions_sessions_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                filterBy?: components["schemas"]["SessionStatus"] | null;
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
                    "application/json": components["schemas"]["SessionListResponse"];
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
    create_session_sessions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionItemView"];
                };
            };
            /** @description Insufficient credits to start a session */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Profile not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileNotFoundError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Too many concurrent active sessions */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TooManyConcurrentActiveSessionsError"];
                };
            };
        };
    };
    get_session_sessions__session_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
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
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    delete_session_sessions__session_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    update_session_sessions__session_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
        };
    };
    purge_session_sessions__session_id__purge_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Project is not ZDR-enabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    get_session_public_share_sessions__session_id__public_share_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
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
                    "application/json": components["schemas"]["ShareView"];
                };
            };
            /** @description Session or share not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"] | components["schemas"]["ShareNotFoundError"];
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
    create_session_public_share_sessions__session_id__public_share_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareView"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    delete_session_public_share_sessions__session_id__public_share_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    agent_session_upload_file_presigned_url_files_sessions__session_id__presigned_url_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFilePresignedUrlResponse"];
                };
            };
            /** @description Unsupported content type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedContentTypeError"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
            /** @description Failed to generate upload URL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    browser_session_upload_file_presigned_url_files_browsers__session_id__presigned_url_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFilePresignedUrlResponse"];
                };
            };
            /** @description Unsupported content type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedContentTypeError"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
            /** @description Failed to generate upload URL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    get_task_output_file_presigned_url_files_tasks__task_id__output_files__file_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
                file_id: string;
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
                    "application/json": components["schemas"]["TaskOutputFileResponse"];
                };
            };
            /** @description Task or file not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskNotFoundError"] | components["schemas"]["OutputFileNotFoundError"];
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
            /** @description Failed to generate download URL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadUrlGenerationError"];
                };
            };
        };
    };
    list_profiles_profiles_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                query?: string | null;
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
                    "application/json": components["schemas"]["ProfileListResponse"];
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
    create_profile_profiles_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProfileCreateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileView"];
                };
            };
            /** @description Subscription required for additional profiles */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsufficientCreditsError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
        };
    };
    get_profile_profiles__profile_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: string;
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
                    "application/json": components["schemas"]["ProfileView"];
                };
            };
            /** @description Profile not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileNotFoundError"];
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
    delete_browser_profile_profiles__profile_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
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
    update_profile_profiles__profile_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileView"];
                };
            };
            /** @description Profile not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileNotFoundError"];
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
    list_browser_sessions_browsers_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                filterBy?: components["schemas"]["BrowserSessionStatus"] | null;
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
                    "application/json": components["schemas"]["BrowserSessionListResponse"];
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
    create_browser_session_browsers_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBrowserSessionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionItemView"];
                };
            };
            /** @description Session timeout limit exceeded (maximum 4 hours) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTimeoutLimitExceededError"];
                };
            };
            /** @description Profile not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileNotFoundError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Too many concurrent active sessions */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TooManyConcurrentActiveSessionsError"];
                };
            };
        };
    };
    get_browser_session_browsers__session_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
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
                    "application/json": components["schemas"]["BrowserSessionView"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    update_browser_session_browsers__session_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBrowserSessionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionView"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
                };
            };
            /** @description Request validation failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
        };
    };
    list_browser_session_downloads_browsers__session_id__downloads_get: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                includeUrls?: boolean;
            };
            header?: never;
            path: {
                session_id: string;
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
                    "application/json": components["schemas"]["BrowserDownloadListResponse"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionNotFoundError"];
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
    list_skills_skills_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                isPublic?: boolean | null;
                isEnabled?: boolean | null;
                category?: components["schemas"]["SkillCategory"] | null;
                query?: string | null;
                fromDate?: string | null;
                toDate?: string | null;
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
                    "application/json": components["schemas"]["SkillListResponse"];
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
    create_skill_skills_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSkillRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSkillResponse"];
                };
            };
            /** @description Concurrent skill creations are not allowed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConcurrentSkillCreationsError"];
                };
            };
            /** @description Insufficient credits to create skill */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsufficientCreditsError"];
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
            /** @description Too many concurrent active sessions */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TooManyConcurrentActiveSessionsError"];
                };
            };
        };
    };
    get_skill_skills__skill_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
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
                    "application/json": components["schemas"]["SkillResponse"];
                };
            };
            /** @description Skill not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    delete_skill_skills__skill_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Cannot delete skill while it is still generating */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannotDeleteSkillWhileGeneratingError"];
                };
            };
            /** @description Skill not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    update_skill_skills__skill_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSkillRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillResponse"];
                };
            };
            /** @description Enabled skills limit exceeded for your plan */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnabledSkillsLimitExceededError"];
                };
            };
            /** @description Skill not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    cancel_generation_skills__skill_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
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
                    "application/json": components["schemas"]["SkillResponse"];
                };
            };
            /** @description Generation is not cancellable */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerationNotCancellableError"];
                };
            };
            /** @description Skill not found or no generation found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    rollback_skill_skills__skill_id__rollback_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
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
                    "application/json": components["schemas"]["SkillResponse"];
                };
            };
            /** @description Cannot rollback a public skill */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannotRollbackPublicSkillError"];
                };
            };
            /** @description Skill not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    execute_skill_skills__skill_id__execute_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteSkillRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteSkillResponse"];
                };
            };
            /** @description Skill is not finished or not enabled */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFinishedError"];
                };
            };
            /** @description Insufficient credits */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsufficientCreditsError"];
                };
            };
            /** @description Skill not found, no code available, or project not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
            /** @description Too many concurrent active sessions */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TooManyConcurrentActiveSessionsError"];
                };
            };
        };
    };
    refine_skill_skills__skill_id__refine_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefineSkillRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefineSkillResponse"];
                };
            };
            /** @description Skill is not finished or is public */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFinishedError"];
                };
            };
            /** @description Skill not found or no code available */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
            /** @description Too many concurrent active sessions */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TooManyConcurrentActiveSessionsError"];
                };
            };
        };
    };
    list_skill_executions_skills__skill_id__executions_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
            };
            header?: never;
            path: {
                skill_id: string;
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
                    "application/json": components["schemas"]["SkillExecutionListResponse"];
                };
            };
            /** @description Skill not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    get_skill_execution_output_skills__skill_id__executions__execution_id__output_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
                execution_id: string;
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
                    "application/json": components["schemas"]["SkillExecutionOutputResponse"];
                };
            };
            /** @description Skill or execution not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    list_skills_marketplace_skills_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                query?: string | null;
                category?: components["schemas"]["SkillCategory"] | null;
                fromDate?: string | null;
                toDate?: string | null;
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
                    "application/json": components["schemas"]["MarketplaceSkillListResponse"];
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
    get_skill_marketplace_skills__skill_slug__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_slug: string;
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
                    "application/json": components["schemas"]["MarketplaceSkillResponse"];
                };
            };
            /** @description Skill not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    clone_skill_marketplace_skills__skill_id__clone_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
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
                    "application/json": components["schemas"]["SkillResponse"];
                };
            };
            /** @description Skill has no finished generation to clone */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFinishedError"];
                };
            };
            /** @description Skill not found or no finished generation available */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
    execute_skill_marketplace_skills__skill_id__execute_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                skill_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteSkillRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteSkillResponse"];
                };
            };
            /** @description Skill is not finished or not enabled */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFinishedError"];
                };
            };
            /** @description Insufficient credits */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsufficientCreditsError"];
                };
            };
            /** @description Skill not found, no code available, or project not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillNotFoundError"];
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
