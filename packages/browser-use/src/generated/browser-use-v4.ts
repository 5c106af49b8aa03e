// Generated from specs/browser-use-v4/openapi.yaml (sha256 b5f5343a49b779d1cf1c6f99e85611951cf07409766f4676acdd1e1e01aadefd)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Runs */
        get: operations["list_runs_runs_get"];
        put?: never;
        /** Create Run */
        post: operations["create_run_runs_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Run Attachments
         * @description The upload files attached to a run, for rendering attachment chips.
         *     Ordered to match the run's attached_file_ids.
         */
        get: operations["list_run_attachments_runs__run_id__attachments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Run */
        get: operations["get_run_runs__run_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Run Status
         * @description Minimal status poll (see RunStatusResponse). POLL rate bucket: selects
         *     ONLY the status/project columns — a 2s poll never drags the task/result
         *     text (TOAST reads) that GET /runs/{id} pays. Poll until terminal, then
         *     fetch the full summary once.
         */
        get: operations["get_run_status_runs__run_id__status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Run
         * @description Cancel an in-flight run.
         *
         *     Idempotent: a run already in a terminal state (completed / failed /
         *     cancelled) is returned as-is. Once cancelled, the gateway refuses
         *     every subsequent `chat_completions` call from the worker — so the
         *     project cannot be billed further regardless of whether the worker
         *     subprocess notices the cancel itself.
         *
         *     The worker keeps running for at most one more bcode step
         *     (consuming no LLM tokens because CP 409s them) and then exits when
         *     bcode realizes the next tool call has no model behind it.
         */
        post: operations["cancel_run_runs__run_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/runs/{run_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Run Events
         * @description Paginated event read. `after` is the event id cursor — clients
         *     doing periodic polls pass back the highest id they've seen to get only
         *     the delta. Default 0 returns from the start.
         */
        get: operations["get_run_events_runs__run_id__events_get"];
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
         * @description List the project's V4 sessions — one row per session (its most recent
         *     run), most-recent first.
         *
         *     A session is a conversation: follow-up runs reuse the same
         *     public_session_id, so GET /api/v4/runs would list one row per RUN. This
         *     collapses to one row per SESSION directly in Postgres with DISTINCT ON, so a
         *     chatty session with 100 runs is still a single row (no scan amplification),
         *     and selects only the slim columns the session list needs — never the heavy
         *     per-run text/token/cost fields.
         *
         *     Keyset-paginated on the latest run's (created_at, id): pass `next_cursor`
         *     back as `cursor` to page. Offset/COUNT was dropped — it doesn't scale on
         *     projects with many sessions.
         */
        get: operations["list_sessions_sessions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         * @description Immediately purge all data for a V4 session (ZDR projects only).
         *
         *     Redacts DB records and deletes S3 objects (bcode state, workspace files,
         *     recordings, downloads, staging uploads) for every run in the session. Same
         *     cleanup the ZDR cron performs, but on-demand and with no grace period. V4
         *     analog of the V2 POST /sessions/{id}/purge. Surfaces shared with a still-live
         *     sibling run are deferred by the same guards the cron uses.
         */
        post: operations["purge_session_sessions__session_id__purge_post"];
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
         * @description Session detail — the same slim shape as one GET /sessions row (its
         *     latest run). Doubles as the busy/idle poll for a conversation (POLL rate
         *     bucket): slim columns only, indexed public_session_id lookup, never the
         *     heavy result/token fields.
         */
        get: operations["get_session_sessions__session_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Session Queue
         * @description List the session's still-pending queued messages, oldest first.
         */
        get: operations["list_session_queue_sessions__session_id__queue_get"];
        put?: never;
        /**
         * Queue Session Message
         * @description Send a message to a session. If the session is busy it waits on the queue
         *     and runs as the next turn; if idle it drains immediately.
         *
         *     `interrupt=true` cancels the session's active run so this message takes effect
         *     now instead of waiting for the current turn (no-op when the session is idle).
         */
        post: operations["queue_session_message_sessions__session_id__queue_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/queue/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel Queued Message
         * @description Remove a still-pending queued message; 409 once the drain has claimed it.
         */
        delete: operations["cancel_queued_message_sessions__session_id__queue__message_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Workspace
         * @description Mint an empty workspace. Lets callers upload input files BEFORE the
         *     first run exists; pass the id as workspaceId on POST /runs.
         */
        post: operations["create_workspace_workspaces_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}/files/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Workspace Files
         * @description Presigned PUT URLs for input files, placed under ``uploads/`` in the
         *     workspace. The agent pulls them in at the start of every run. URLs are
         *     pinned to the declared Content-Type and exact Content-Length.
         */
        post: operations["upload_workspace_files_workspaces__workspace_id__files_upload_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Workspace */
        get: operations["get_workspace_workspaces__workspace_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspace_id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workspace Files
         * @description List files the agent has produced for this workspace, paginated.
         */
        get: operations["list_workspace_files_workspaces__workspace_id__files_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         *
         *     List responses intentionally omit per-session presigned recording URLs
         *     (`recording_url` is always `null` here). Each recording URL requires a
         *     synchronous boto3 SigV4 signing call (plus an S3 HEAD) that holds the GIL
         *     and blocks the event loop. With page_size up to the max this CPU-pegs the
         *     worker and starves the DB pool, cascading into pool exhaustion across the
         *     fleet. Clients should fetch the recording URL on demand via
         *     `GET /api/v2/browsers/{id}`, which signs exactly one URL for a single
         *     session. Mirrors the v3 sessions list fix (ENG-4904, PR #4621).
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
             * @description Presigned URL to download the session recording. Only populated on `GET /api/v2/browsers/{id}`; always `null` in list responses.
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
         * ExternalBrowserAttach
         * @description DEV-ONLY: hand v4 a pre-provisioned browser instead of having CP
         *     call UseBrowserService. Gated to env=='development' in the router.
         */
        ExternalBrowserAttach: {
            /**
             * Cdpurl
             * Format: uri
             */
            cdpUrl: string;
            /** Liveviewurl */
            liveViewUrl?: string | null;
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
        ProxyCountryCode: "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "an" | "ao" | "aq" | "ar" | "as" | "at" | "au" | "aw" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bv" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "co" | "cr" | "cs" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gs" | "gt" | "gu" | "gw" | "gy" | "hk" | "hm" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pn" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "tc" | "td" | "tf" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "uk" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "xk" | "ye" | "yt" | "za" | "zm" | "zw";
        /** QueueListResponse */
        QueueListResponse: {
            /** Queue */
            queue: components["schemas"]["QueuedMessage"][];
        };
        /**
         * QueueMessageRequest
         * @description Send a message to a session. If the session is busy the message waits on
         *     the queue and runs as the next turn; if idle it runs immediately.
         *
         *     Set `interrupt` to make it take effect now: the session's active run is
         *     cancelled and this message drains straight after. Interrupt is a no-op when
         *     the session is already idle, and BEST-EFFORT when busy — if the cancel can't
         *     be delivered, the message stays queued and runs after the current turn.
         */
        QueueMessageRequest: {
            /** Text */
            text: string;
            /**
             * Interrupt
             * @default false
             */
            interrupt?: boolean;
            /** Attachedfileids */
            attachedFileIds?: string[] | null;
        };
        /**
         * QueuedMessage
         * @description One message on a session's queue (a v4_session_input row).
         */
        QueuedMessage: {
            /** Id */
            id: number;
            /**
             * Sessionid
             * Format: uuid
             */
            sessionId: string;
            /** Runid */
            runId: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "dispatching" | "consumed" | "cancelled" | "superseded" | "failed";
            /** Text */
            text: string;
            /** Attachedfileids */
            attachedFileIds?: string[] | null;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
        };
        /** RunAttachment */
        RunAttachment: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Name
             * @description Filename shown to the user, e.g. "data.csv".
             */
            name: string;
            /** Contenttype */
            contentType: string;
            /** Sizebytes */
            sizeBytes: number;
            /**
             * Status
             * @description "pending" | "uploaded".
             * @enum {string}
             */
            status: "pending" | "uploaded";
        };
        /** RunAttachmentsResponse */
        RunAttachmentsResponse: {
            /** Attachments */
            attachments: components["schemas"]["RunAttachment"][];
        };
        /**
         * RunBrowserSettings
         * @description Browser config, owned by the browser row (never the run). Follow-ups:
         *     omitted fields inherit the session's prior browser; explicit values apply
         *     only to newly provisioned browsers (a live browser is reused as-is).
         *     Profile is the exception: a different profile → 400; an explicit value
         *     mismatching the live browser's profile (incl. null vs a profiled browser)
         *     declines reuse and provisions fresh. A live browser already matching the
         *     requested profile is reused.
         */
        RunBrowserSettings: {
            /**
             * Profileid
             * @description ID of a browser profile to load into the session. Profiles persist cookies, local storage, and other browser state across sessions.
             */
            profileId?: string | null;
            /**
             * @description ISO country code to proxy the browser through. Defaults to US. Pass null to run without a proxy.
             * @default us
             */
            proxyCountryCode?: components["schemas"]["ProxyCountryCode"] | null;
            /** @description Custom proxy for the browser. Overrides proxyCountryCode. Requires an active subscription. Never stored or inherited by follow-up runs; pass it on each run that should use it. */
            customProxy?: components["schemas"]["CustomProxy"] | null;
            /**
             * Screenwidth
             * @description Custom screen width in pixels for the browser.
             */
            screenWidth?: number | null;
            /**
             * Screenheight
             * @description Custom screen height in pixels for the browser.
             */
            screenHeight?: number | null;
            /**
             * Record
             * @description Record the browser session to an mp4, retrievable via GET /browsers/{id} once the browser stops. API runs default to off; pass true to enable. Like other browser settings, this only applies when a new browser is provisioned: a follow-up that reuses the session's live browser keeps that browser's recording state. Ignored (always off) for Zero Data Retention projects.
             */
            record?: boolean | null;
        };
        /** RunCreateRequest */
        RunCreateRequest: {
            /** Task */
            task: string;
            /**
             * Model
             * @default minimax-m3
             * @enum {string}
             */
            model?: "glm-5.2" | "grok-4.5" | "kimi-k3" | "minimax-m3" | "claude-opus-4.7" | "claude-opus-4.8" | "claude-opus-5" | "claude-fable-5" | "claude-sonnet-5" | "gpt-5.5" | "gpt-5.6" | "gemini-3.5-flash" | "gemini-3.1-pro" | "gemini-3-flash";
            /** Sessionid */
            sessionId?: string | null;
            /** Workspaceid */
            workspaceId?: string | null;
            browserSettings?: components["schemas"]["RunBrowserSettings"] | null;
            /** Attachedfileids */
            attachedFileIds?: string[] | null;
            judge?: components["schemas"]["RunJudgeSettings"] | null;
            /** Maxcostusd */
            maxCostUsd?: number | string | null;
        };
        /** RunCreateResponse */
        RunCreateResponse: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Status
             * @enum {string}
             */
            status: "queued" | "dispatching" | "running" | "completed" | "failed" | "cancelled";
            /** Model */
            model: string;
            /**
             * Sessionid
             * Format: uuid
             */
            sessionId: string;
            /**
             * Workspaceid
             * Format: uuid
             */
            workspaceId: string;
            /** Eventsurl */
            eventsUrl: string;
            /** Missingfileids */
            missingFileIds?: string[];
        };
        /** RunEvent */
        RunEvent: {
            /**
             * Runid
             * Format: uuid
             */
            runId: string;
            /** Id */
            id: number;
            /**
             * Ts
             * Format: date-time
             */
            ts: string;
            /** Type */
            type: string;
            /** Data */
            data: {
                [key: string]: unknown;
            };
        };
        /** RunEventsResponse */
        RunEventsResponse: {
            /** Events */
            events: components["schemas"]["RunEvent"][];
            /** Nextafter */
            nextAfter?: number | null;
            /**
             * Hasmore
             * @default false
             */
            hasMore?: boolean;
        };
        /**
         * RunJudgeSettings
         * @description Opt-in LLM judgement of the finished run. Presence of this object turns
         *     the judge on (send {} for defaults); CP judges the run's trajectory after
         *     it goes terminal and surfaces the verdict as RunSummary.judgement (null
         *     until it lands). The judge's LLM call is billed to the run.
         */
        RunJudgeSettings: {
            /** Context */
            context?: string | null;
        };
        /** RunListResponse */
        RunListResponse: {
            /** Runs */
            runs: components["schemas"]["RunSummary"][];
            /** Nextcursor */
            nextCursor?: string | null;
            /**
             * Hasmore
             * @default false
             */
            hasMore?: boolean;
        };
        /**
         * RunStatusResponse
         * @description Minimal poll target: just the run's status. Poll this until terminal
         *     (cheap indexed lookup, tiny payload — never the task/result text), then
         *     fetch the full RunSummary once via GET /runs/{id}. Mirrors v2's
         *     GET /tasks/{id}/status.
         */
        RunStatusResponse: {
            /**
             * Status
             * @enum {string}
             */
            status: "queued" | "dispatching" | "running" | "completed" | "failed" | "cancelled";
        };
        /** RunSummary */
        RunSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Task */
            task: string;
            /** Title */
            title: string | null;
            /** Model */
            model: string;
            /** Contextlimit */
            contextLimit: number;
            /**
             * Status
             * @enum {string}
             */
            status: "queued" | "dispatching" | "running" | "completed" | "failed" | "cancelled";
            /** Result */
            result: string | null;
            /** Error */
            error: string | null;
            /**
             * Sessionid
             * Format: uuid
             */
            sessionId: string;
            /** Workspaceid */
            workspaceId: string | null;
            /** Attachedfileids */
            attachedFileIds?: string[] | null;
            /** Judgement */
            judgement?: {
                [key: string]: unknown;
            } | null;
            /** Totalinputtokens */
            totalInputTokens: number;
            /** Totaloutputtokens */
            totalOutputTokens: number;
            /** Totalcostusd */
            totalCostUsd: string;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
        };
        /**
         * SessionInfo
         * @description Lightweight metadata for one V4 session (its most recent run).
         *
         *     Deliberately slim — just what a session list needs (open the conversation,
         *     show a label + status + time). The heavy per-run fields (result, error,
         *     token/cost totals) live on RunSummary and aren't repeated here.
         */
        SessionInfo: {
            /**
             * Sessionid
             * Format: uuid
             */
            sessionId: string;
            /** Workspaceid */
            workspaceId: string | null;
            /**
             * Latestrunid
             * Format: uuid
             */
            latestRunId: string;
            /** Task */
            task: string;
            /** Title */
            title: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "queued" | "dispatching" | "running" | "completed" | "failed" | "cancelled";
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
        };
        /**
         * SessionListResponse
         * @description One entry per session (the session's most recent run), most-recent first.
         *
         *     A V4 session is a conversation: every follow-up run reuses the same
         *     public_session_id. GET /api/v4/runs returns one row per RUN, so callers that
         *     want a list of distinct *sessions* (e.g. the recent-sessions panel) should
         *     use this instead of de-duplicating runs client-side.
         */
        SessionListResponse: {
            /** Sessions */
            sessions: components["schemas"]["SessionInfo"][];
            /** Nextcursor */
            nextCursor?: string | null;
            /**
             * Hasmore
             * @default false
             */
            hasMore?: boolean;
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
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** WorkspaceCreateRequest */
        WorkspaceCreateRequest: {
            /** Name */
            name?: string | null;
        };
        /**
         * WorkspaceFileInfo
         * @description A file the agent has produced for the workspace. Shape mirrors V3
         *     files (FileInfo) so a single UI component can render both.
         */
        WorkspaceFileInfo: {
            /**
             * Path
             * @description File path relative to the workspace root
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
             * @description When the file was last modified
             */
            lastModified: string;
            /**
             * Url
             * @description Presigned download URL (60s expiry). Only included when `includeUrls=true`.
             */
            url?: string | null;
        };
        /** WorkspaceFileListResponse */
        WorkspaceFileListResponse: {
            /** Files */
            files: components["schemas"]["WorkspaceFileInfo"][];
            /** Nextcursor */
            nextCursor?: string | null;
            /**
             * Hasmore
             * @default false
             */
            hasMore?: boolean;
        };
        /** WorkspaceFileUploadItem */
        WorkspaceFileUploadItem: {
            /**
             * Name
             * @description Filename, e.g. "data.csv"
             */
            name: string;
            /**
             * Contenttype
             * @description MIME type, e.g. "text/csv"
             * @default application/octet-stream
             */
            contentType?: string;
            /**
             * Size
             * @description Exact file size in bytes; the presigned URL is pinned to it.
             */
            size: number;
        };
        /** WorkspaceFileUploadRequest */
        WorkspaceFileUploadRequest: {
            /** Files */
            files: components["schemas"]["WorkspaceFileUploadItem"][];
        };
        /** WorkspaceFileUploadResponse */
        WorkspaceFileUploadResponse: {
            /** Files */
            files: components["schemas"]["WorkspaceFileUploadResponseItem"][];
        };
        /** WorkspaceFileUploadResponseItem */
        WorkspaceFileUploadResponseItem: {
            /**
             * Id
             * Format: uuid
             * @description Upload id. Pass THIS in RunCreateRequest.attachedFileIds to attach the file to a run.
             */
            id: string;
            /**
             * Name
             * @description Original filename from the request
             */
            name: string;
            /**
             * Storedname
             * @description Sanitized filename the object is stored under, e.g. "data.csv".
             */
            storedName: string;
            /**
             * Path
             * @description Path within the workspace, e.g. "uploads/data.csv"
             */
            path: string;
            /**
             * Willoverride
             * @description True if a file with this stored_name already exists in the workspace and uploading will replace it. Surface a warning to the user.
             */
            willOverride: boolean;
            /**
             * Uploadurl
             * @description Presigned PUT URL (5 min expiry). PUT the file bytes with the matching Content-Type and Content-Length headers.
             */
            uploadUrl: string;
        };
        /** WorkspaceInfo */
        WorkspaceInfo: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name?: string | null;
            /** Archived */
            archived: boolean;
            /**
             * Createdat
             * Format: date-time
             */
            createdAt: string;
            /**
             * Updatedat
             * Format: date-time
             */
            updatedAt: string;
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
    list_runs_runs_get: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Keyset cursor from a prior response. */
                cursor?: string | null;
                sessionId?: string | null;
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
                    "application/json": components["schemas"]["RunListResponse"];
                };
            };
            /** @description Malformed pagination cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
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
    create_run_runs_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCreateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunCreateResponse"];
                };
            };
            /** @description Invalid request (bad session/workspace pairing or file path). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The session already has an active run. */
            409: {
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
    list_run_attachments_runs__run_id__attachments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["RunAttachmentsResponse"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    get_run_runs__run_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["RunSummary"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    get_run_status_runs__run_id__status_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["RunStatusResponse"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    cancel_run_runs__run_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["RunSummary"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
            /** @description The request could not be forwarded to the control plane. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_run_events_runs__run_id__events_get: {
        parameters: {
            query?: {
                limit?: number;
                after?: number;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["RunEventsResponse"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    list_sessions_sessions_get: {
        parameters: {
            query?: {
                /** @description Max sessions per page (max 100). */
                limit?: number;
                /** @description Keyset cursor from a prior response. */
                cursor?: string | null;
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
            /** @description Malformed pagination cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
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
            /** @description Project is not ZDR-enabled. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Session not found. */
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
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    list_session_queue_sessions__session_id__queue_get: {
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
                    "application/json": components["schemas"]["QueueListResponse"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    queue_session_message_sessions__session_id__queue_post: {
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
                "application/json": components["schemas"]["QueueMessageRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMessage"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
            /** @description The session message queue is full. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    cancel_queued_message_sessions__session_id__queue__message_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
                message_id: number;
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
                    "application/json": components["schemas"]["QueuedMessage"];
                };
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The message is no longer pending and cannot be cancelled. */
            409: {
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
    create_workspace_workspaces_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceInfo"];
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
    upload_workspace_files_workspaces__workspace_id__files_upload_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceFileUploadRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceFileUploadResponse"];
                };
            };
            /** @description Invalid request (bad session/workspace pairing or file path). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    get_workspace_workspaces__workspace_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workspace_id: string;
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
                    "application/json": components["schemas"]["WorkspaceInfo"];
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
    list_workspace_files_workspaces__workspace_id__files_get: {
        parameters: {
            query?: {
                prefix?: string;
                limit?: number;
                cursor?: string | null;
                includeUrls?: boolean;
                contentDisposition?: "attachment" | null;
            };
            header?: never;
            path: {
                workspace_id: string;
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
                    "application/json": components["schemas"]["WorkspaceFileListResponse"];
                };
            };
            /** @description Malformed pagination cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Zero Data Retention is enabled on the project (V4 unsupported). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Run, session, workspace, or profile not found. */
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
    list_browser_sessions_browsers_get: {
        parameters: {
            query?: {
                pageSize?: number;
                pageNumber?: number;
                filterBy?: components["schemas"]["BrowserSessionStatus"] | null;
                agentSessionId?: string | null;
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
}
