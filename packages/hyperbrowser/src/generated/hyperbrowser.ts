// Generated from specs/hyperbrowser/openapi.yaml (sha256 522dba8baed007de9c964bc9d4abb3c47643346e0a5abe344bceab5e0ceae22f)
// by `pnpm generate` (scripts/generate.ts, openapi-typescript 7.13.0).
// Do not edit: change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create new session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateSessionParams"];
                };
            };
            responses: {
                /** @description Session created */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session by ID */
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
                /** @description Session details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionDetail"];
                    };
                };
                /** @description Session not found */
                404: {
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
    "/api/session/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stop a session */
        put: {
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
                /** @description Session stopped successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
                /** @description Session not found */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a running session
         * @description Update supported settings on an active browser session. Supported update types are profile, proxy, screen, and solveCaptchas.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UpdateSessionRequest"];
                };
            };
            responses: {
                /** @description Session updated successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpdateSessionResponse"];
                    };
                };
                /** @description Invalid update request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Session not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description CAPTCHA evaluation is already running */
                409: {
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/{id}/captcha/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run manual CAPTCHA evaluation
         * @description Trigger a bounded CAPTCHA evaluation on an active browser session. Supported CAPTCHA targets are turnstile, cloudflare-challenge, aliexpress, recaptcha, and amazon.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CaptchaEvaluationParams"];
                };
            };
            responses: {
                /** @description CAPTCHA evaluation completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaptchaEvaluationResponse"];
                    };
                };
                /** @description Invalid evaluation request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Session not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description CAPTCHA evaluation is already running */
                409: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get list of sessions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    status?: "active" | "closed" | "error";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List of sessions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions?: components["schemas"]["Session"][];
                            /** @example 100 */
                            totalCount?: number;
                            /** @example 1 */
                            page?: number;
                            /** @example 10 */
                            pageSize?: number;
                        };
                    };
                };
                /** @description Invalid query parameters */
                400: {
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
    "/api/session/{id}/recording-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session recording URL */
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
                /** @description Session recording URL */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GetSessionRecordingUrlResponse"];
                    };
                };
                /** @description Session not found */
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
    "/api/session/{id}/video-recording-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session video recording URL */
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
                /** @description Session video recording URL */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GetSessionVideoRecordingUrlResponse"];
                    };
                };
                /** @description Session not found */
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
    "/api/session/{id}/downloads-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get session downloads URL */
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
                /** @description Session downloads URL */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GetSessionDownloadsUrlResponse"];
                    };
                };
                /** @description Session not found */
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
    "/api/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a new profile */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateProfileParams"];
                };
            };
            responses: {
                /** @description Profile created */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreateProfileResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get profile by ID */
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
                /** @description Profile details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProfileResponse"];
                    };
                };
                /** @description Profile not found */
                404: {
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
        /** Delete profile by ID */
        delete: {
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
                /** @description Profile deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get list of profiles */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    limit?: number;
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List of profiles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProfileListResponse"];
                    };
                };
                /** @description Invalid query parameters */
                400: {
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
    "/api/scrape": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create new scrape job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartScrapeJobParams"];
                };
            };
            responses: {
                /** @description Scrape job created */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartScrapeJobResponse"];
                    };
                };
                /** @description Invalid request parameters */
                400: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scrape/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get scrape job status and result */
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
                /** @description Scrape job details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScrapeJobResponse"];
                    };
                };
                /** @description Job not found */
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
    "/api/scrape/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get scrape job status */
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
                /** @description Scrape job status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Job not found */
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
    "/api/scrape/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a batch scrape job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartBatchScrapeJobParams"];
                };
            };
            responses: {
                /** @description Batch scrape job started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartBatchScrapeJobResponse"];
                    };
                };
                /** @description Invalid request parameters */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Insufficient plan */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Too many concurrent batch scrape jobs */
                429: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scrape/batch/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get batch scrape job status and results */
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
                /** @description Batch scrape job details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchScrapeJobResponse"];
                    };
                };
                /** @description Invalid request parameters */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Batch scrape job not found */
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
    "/api/scrape/batch/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get batch scrape job status */
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
                /** @description Batch scrape job status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Batch scrape job not found */
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
    "/api/crawl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a crawl job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        maxPages?: number;
                        /** @default true */
                        followLinks?: boolean;
                        /** @default false */
                        ignoreSitemap?: boolean;
                        excludePatterns?: string[];
                        includePatterns?: string[];
                        sessionOptions?: components["schemas"]["CreateSessionParams"];
                        scrapeOptions?: components["schemas"]["ScrapeOptions"];
                    };
                };
            };
            responses: {
                /** @description Crawl job started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                        };
                    };
                };
                /** @description Invalid request parameters */
                400: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crawl/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get crawl job status and results */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    batchSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Crawl job details retrieved successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            jobId: string;
                            status: components["schemas"]["JobStatus"];
                            error?: string | null;
                            totalCrawledPages?: number;
                            totalPageBatches?: number;
                            currentPageBatch?: number;
                            batchSize?: number;
                            data?: components["schemas"]["CrawledPage"][];
                        };
                    };
                };
                /** @description Crawl job not found */
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
    "/api/crawl/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get crawl job status */
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
                /** @description Crawl job status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Crawl job not found */
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
    "/api/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an extract job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartExtractJobParams"];
                };
            };
            responses: {
                /** @description Extract job started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartExtractJobResponse"];
                    };
                };
                /** @description Invalid request parameters */
                400: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extract/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get extract job status and results */
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
                /** @description Extract job details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExtractJobResponse"];
                    };
                };
                /** @description Extract job not found */
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
    "/api/extract/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get extract job status */
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
                /** @description Extract job status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Extract job not found */
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
    "/api/task/hyper-agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a HyperAgent task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartHyperAgentTaskParams"];
                };
            };
            responses: {
                /** @description HyperAgent task started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartHyperAgentTaskResponse"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/task/hyper-agent/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stop a HyperAgent task */
        put: {
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
                /** @description HyperAgent task stopped successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/hyper-agent/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get HyperAgent task status */
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
                /** @description HyperAgent task status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
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
    "/api/task/browser-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a browser use task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartBrowserUseTaskParams"];
                };
            };
            responses: {
                /** @description Browser use task started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartBrowserUseTaskResponse"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/browser-use/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get browser use task status and results */
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
                /** @description Browser use task details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BrowserUseTaskResponse"];
                    };
                };
                /** @description Browser use task not found */
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
    "/api/task/browser-use/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stop a browser use task */
        put: {
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
                /** @description Browser use task stopped successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/browser-use/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get browser use task status */
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
                /** @description Browser use task status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Browser use task not found */
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
    "/api/task/claude-computer-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a claude computer use task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartClaudeComputerUseTaskParams"];
                };
            };
            responses: {
                /** @description Claude computer use task started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartClaudeComputerUseTaskResponse"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/claude-computer-use/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get claude computer use task status and results */
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
                /** @description Claude computer use task details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClaudeComputerUseTaskResponse"];
                    };
                };
                /** @description Claude computer use task not found */
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
    "/api/task/claude-computer-use/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stop a claude computer use task */
        put: {
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
                /** @description Claude computer use task stopped successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/claude-computer-use/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get claude computer use task status */
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
                /** @description Claude computer use task status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Claude computer use task not found */
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
    "/api/task/gemini-computer-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a gemini computer use task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartGeminiComputerUseTaskParams"];
                };
            };
            responses: {
                /** @description Gemini computer use task started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartGeminiComputerUseTaskResponse"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/gemini-computer-use/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get gemini computer use task status and results */
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
                /** @description Gemini computer use task details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GeminiComputerUseTaskResponse"];
                    };
                };
                /** @description Gemini computer use task not found */
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
    "/api/task/gemini-computer-use/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stop a gemini computer use task */
        put: {
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
                /** @description Gemini computer use task stopped successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/gemini-computer-use/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get gemini computer use task status */
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
                /** @description Gemini computer use task status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Gemini computer use task not found */
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
    "/api/task/cua": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a CUA task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartCuaTaskParams"];
                };
            };
            responses: {
                /** @description CUA task started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartCuaTaskResponse"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/cua/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get CUA task status and results */
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
                /** @description CUA task details */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CuaTaskResponse"];
                    };
                };
                /** @description CUA task not found */
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
    "/api/task/cua/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Stop a CUA task */
        put: {
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
                /** @description CUA task stopped successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasicResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/task/cua/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get CUA task status */
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
                /** @description CUA task status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description CUA task not found */
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
    "/api/extensions/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a new extension */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["CreateExtensionParams"];
                };
            };
            responses: {
                /** @description Extension added successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExtensionResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extensions/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all extensions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Extension added successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExtensionResponse"][];
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
    "/api/web/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch a web page
         * @description Fetches a web page and returns the content in various formats (HTML, Markdown, JSON, screenshot, etc.)
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FetchParams"];
                };
            };
            responses: {
                /** @description Page fetched successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FetchResponse"];
                    };
                };
                /** @description Invalid request parameters */
                400: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/web/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the web
         * @description Performs a web search and returns search results with titles, URLs, and descriptions
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebSearchParams"];
                };
            };
            responses: {
                /** @description Search completed successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebSearchResponse"];
                    };
                };
                /** @description Invalid search parameters */
                400: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/web/crawl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web crawl job
         * @description Starts an asynchronous crawl job that follows links from a starting URL and returns content from each page in the specified formats.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartWebCrawlJobParams"];
                };
            };
            responses: {
                /** @description Crawl job started successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                        };
                    };
                };
                /** @description Invalid request parameters */
                400: {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/web/crawl/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get web crawl job results
         * @description Retrieves the status and results of a web crawl job. Results are paginated.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    batchSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Web crawl job details retrieved successfully */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebCrawlJobResponse"];
                    };
                };
                /** @description Crawl job not found */
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
    "/api/web/crawl/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get web crawl job status
         * @description Retrieves just the status of a web crawl job without the full results.
         */
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
                /** @description Web crawl job status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobStatusResponse"];
                    };
                };
                /** @description Crawl job not found */
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
    "/x402/web/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch a web page with X402 payment
         * @description X402 payment endpoint. First request returns 402 with payment requirements. Retry with PAYMENT-SIGNATURE header containing cryptographic proof to get the actual data. See https://x402.gitbook.io/x402 for protocol details.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Base64-encoded JSON containing payment proof (x402Version, resource, accepted payment method, and cryptographic payload with signature and payer address) */
                    "PAYMENT-SIGNATURE"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FetchParams"];
                };
            };
            responses: {
                /** @description Page fetched successfully (after valid payment) */
                200: {
                    headers: {
                        /** @description Base64-encoded JSON with settlement information */
                        "PAYMENT-RESPONSE"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FetchResponse"];
                    };
                };
                /** @description Invalid request parameters */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Payment Required - returned on first request without PAYMENT-SIGNATURE header */
                402: {
                    headers: {
                        /** @description Base64-encoded JSON containing X402 payment requirements (x402Version, resource info, and array of accepted payment methods with network, asset, amount, payTo address, and timeout) */
                        "PAYMENT-REQUIRED"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, unknown>;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/x402/web/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the web with X402 payment
         * @description X402 payment endpoint. First request returns 402 with payment requirements. Retry with PAYMENT-SIGNATURE header containing cryptographic proof to get search results. See https://x402.gitbook.io/x402 for protocol details.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Base64-encoded JSON containing payment proof (x402Version, resource, accepted payment method, and cryptographic payload with signature and payer address) */
                    "PAYMENT-SIGNATURE"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebSearchParams"];
                };
            };
            responses: {
                /** @description Search completed successfully (after valid payment) */
                200: {
                    headers: {
                        /** @description Base64-encoded JSON with settlement information */
                        "PAYMENT-RESPONSE"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebSearchResponse"];
                    };
                };
                /** @description Invalid search parameters */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Payment Required - returned on first request without PAYMENT-SIGNATURE header */
                402: {
                    headers: {
                        /** @description Base64-encoded JSON containing X402 payment requirements (x402Version, resource info, and array of accepted payment methods with network, asset, amount, payTo address, and timeout) */
                        "PAYMENT-REQUIRED"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": Record<string, unknown>;
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
        ScreenConfig: {
            /** @default 1280 */
            width?: number;
            /** @default 720 */
            height?: number;
        };
        SessionLaunchState: {
            useUltraStealth?: boolean;
            useStealth?: boolean;
            useProxy?: boolean;
            solveCaptchas?: boolean;
            /**
             * @description Optional CAPTCHA solver mode. Set to visual to use the visual reCAPTCHA solver.
             * @enum {string}
             */
            solverType?: "visual";
            adblock?: boolean;
            trackers?: boolean;
            annoyances?: boolean;
            screen?: components["schemas"]["ScreenConfig"];
            enableWebRecording?: boolean;
            enableVideoWebRecording?: boolean;
            enableLogCapture?: boolean;
            acceptCookies?: boolean;
            profile?: components["schemas"]["CreateSessionProfile"];
            staticIpId?: string;
            saveDownloads?: boolean;
            enableWindowManager?: boolean;
            enableWindowManagerTaskbar?: boolean;
            viewOnlyLiveView?: boolean;
            disablePasswordManager?: boolean;
            enableAlwaysOpenPdfExternally?: boolean;
            disablePostQuantumKeyAgreement?: boolean;
        } | null;
        Session: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            teamId?: string;
            /** @enum {string} */
            status?: "active" | "closed" | "error";
            /** Format: timestamp-milliseconds */
            startTime?: string | null;
            /** Format: timestamp-milliseconds */
            endTime?: string | null;
            /** Format: iso8601 */
            createdAt?: string;
            /** Format: iso8601 */
            updatedAt?: string;
            launchState?: components["schemas"]["SessionLaunchState"];
            creditsUsed?: number | null;
        };
        SessionDetail: components["schemas"]["Session"] & {
            sessionUrl?: string;
            liveUrl?: string;
            token?: string;
            wsEndpoint?: string;
            webdriverEndpoint?: string;
            computerActionEndpoint?: string;
        };
        BasicResponse: {
            success?: boolean;
        };
        UpdateSessionProfileParams: {
            /** @description Whether profile changes should be persisted after the session ends. */
            persistChanges?: boolean;
            /** @description Whether network cache should be persisted into the profile. */
            persistNetworkCache?: boolean;
        };
        UpdateSessionProfileRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "profile";
            params: components["schemas"]["UpdateSessionProfileParams"];
        };
        UpdateSessionProxyLocationParams: {
            country?: components["schemas"]["ProxyCountry"];
            state?: components["schemas"]["ProxyState"];
            /** @description City for managed proxy geolocation. */
            city?: string;
        };
        UpdateSessionProxyParams: {
            /** @description Whether proxying should be active for the running session. */
            enabled: boolean;
            /**
             * Format: uuid
             * @description Static IP allocation to use when enabling a static IP proxy.
             */
            staticIpId?: string;
            location?: components["schemas"]["UpdateSessionProxyLocationParams"];
        };
        UpdateSessionProxyRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "proxy";
            params: components["schemas"]["UpdateSessionProxyParams"];
        };
        UpdateSessionScreenParams: {
            width: number;
            height: number;
        };
        UpdateSessionScreenRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "screen";
            params: components["schemas"]["UpdateSessionScreenParams"];
        };
        UpdateSessionSolveCaptchasParams: {
            /** @description Whether automatic CAPTCHA solving should be enabled for this running session. */
            enabled: boolean;
            /**
             * @description Optional CAPTCHA solver mode. Set to visual to use the visual reCAPTCHA solver.
             * @enum {string}
             */
            solverType?: "visual";
        };
        UpdateSessionSolveCaptchasRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "solveCaptchas";
            params: components["schemas"]["UpdateSessionSolveCaptchasParams"];
        };
        UpdateSessionRequest: components["schemas"]["UpdateSessionProfileRequest"] | components["schemas"]["UpdateSessionProxyRequest"] | components["schemas"]["UpdateSessionScreenRequest"] | components["schemas"]["UpdateSessionSolveCaptchasRequest"];
        UpdateSessionResponse: components["schemas"]["BasicResponse"] & {
            /** @description Returned for solveCaptchas updates. */
            solveCaptchas?: boolean;
            /** @description Returned for solveCaptchas updates. */
            sessionId?: string;
            /** @description Returned for solveCaptchas updates. */
            telemetryReady?: boolean;
        };
        UpdateSessionSolveCaptchasResponse: components["schemas"]["BasicResponse"] & {
            solveCaptchas?: boolean;
            sessionId?: string;
            telemetryReady?: boolean;
        };
        /**
         * @description CAPTCHA target to evaluate manually.
         * @enum {string}
         */
        CaptchaEvaluationType: "turnstile" | "cloudflare-challenge" | "aliexpress" | "recaptcha" | "amazon";
        ImageCaptchaParam: {
            imageSelector?: string;
            inputSelector?: string;
        };
        CaptchaEvaluationParams: {
            captcha?: components["schemas"]["CaptchaEvaluationType"];
            captchaType?: components["schemas"]["CaptchaEvaluationType"];
            text?: components["schemas"]["CaptchaEvaluationType"];
            iterations?: number;
            maxIterations?: number;
            /**
             * @description Optional CAPTCHA solver mode. Set to visual to use the visual reCAPTCHA solver.
             * @enum {string}
             */
            solverType?: "visual";
            imageCaptchaParams?: components["schemas"]["ImageCaptchaParam"][];
            useUltraStealth?: boolean;
        };
        CaptchaEvaluationPageResult: {
            url?: string;
            targetId?: string | null;
            iterationsRun?: number;
            solved?: boolean;
            solvedCaptchas?: components["schemas"]["CaptchaEvaluationType"][];
            checkedCaptchas?: components["schemas"]["CaptchaEvaluationType"][];
            captchaSolvedCounts?: {
                [key: string]: number;
            };
            lastSolveTime?: {
                [key: string]: number;
            };
        };
        CaptchaEvaluationResponse: {
            success?: boolean;
            captcha?: components["schemas"]["CaptchaEvaluationType"] | null;
            iterationsRequested?: number;
            iterationsRun?: number;
            solved?: boolean;
            solvedCaptchas?: components["schemas"]["CaptchaEvaluationType"][];
            pages?: components["schemas"]["CaptchaEvaluationPageResult"][];
        };
        CreateProfileParams: {
            name?: string;
        };
        CreateProfileResponse: {
            id?: string;
            name?: string | null;
        };
        ProfileResponse: {
            id?: string;
            name?: string | null;
            teamId?: string;
            /** Format: iso8601 */
            createdAt?: string;
            /** Format: iso8601 */
            updatedAt?: string;
        };
        ProfileListResponse: {
            profiles?: components["schemas"]["ProfileResponse"][];
            totalCount?: number;
            page?: number;
            perPage?: number;
        };
        /** @enum {string} */
        ProxyCountry: "AD" | "AE" | "AF" | "AL" | "AM" | "AO" | "AR" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BD" | "BE" | "BG" | "BH" | "BJ" | "BO" | "BR" | "BS" | "BT" | "BY" | "BZ" | "CA" | "CF" | "CH" | "CI" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "EC" | "EE" | "EG" | "ES" | "ET" | "EU" | "FI" | "FJ" | "FR" | "GB" | "GE" | "GH" | "GM" | "GR" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IN" | "IQ" | "IR" | "IS" | "IT" | "JM" | "JO" | "JP" | "KE" | "KH" | "KR" | "KW" | "KZ" | "LB" | "LI" | "LR" | "LT" | "LU" | "LV" | "MA" | "MC" | "MD" | "ME" | "MG" | "MK" | "ML" | "MM" | "MN" | "MR" | "MT" | "MU" | "MV" | "MX" | "MY" | "MZ" | "NG" | "NL" | "NO" | "NZ" | "OM" | "PA" | "PE" | "PH" | "PK" | "PL" | "PR" | "PT" | "PY" | "QA" | "RANDOM_COUNTRY" | "RO" | "RS" | "RU" | "SA" | "SC" | "SD" | "SE" | "SG" | "SI" | "SK" | "SN" | "SS" | "TD" | "TG" | "TH" | "TM" | "TN" | "TR" | "TT" | "TW" | "UA" | "UG" | "US" | "UY" | "UZ" | "VE" | "VG" | "VN" | "YE" | "ZA" | "ZM" | "ZW" | "ad" | "ae" | "af" | "al" | "am" | "ao" | "ar" | "at" | "au" | "aw" | "az" | "ba" | "bd" | "be" | "bg" | "bh" | "bj" | "bo" | "br" | "bs" | "bt" | "by" | "bz" | "ca" | "cf" | "ch" | "ci" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "ec" | "ee" | "eg" | "es" | "et" | "eu" | "fi" | "fj" | "fr" | "gb" | "ge" | "gh" | "gm" | "gr" | "hk" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "in" | "iq" | "ir" | "is" | "it" | "jm" | "jo" | "jp" | "ke" | "kh" | "kr" | "kw" | "kz" | "lb" | "li" | "lr" | "lt" | "lu" | "lv" | "ma" | "mc" | "md" | "me" | "mg" | "mk" | "ml" | "mm" | "mn" | "mr" | "mt" | "mu" | "mv" | "mx" | "my" | "mz" | "ng" | "nl" | "no" | "nz" | "om" | "pa" | "pe" | "ph" | "pk" | "pl" | "pr" | "pt" | "py" | "qa" | "ro" | "rs" | "ru" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sn" | "ss" | "td" | "tg" | "th" | "tm" | "tn" | "tr" | "tt" | "tw" | "ua" | "ug" | "us" | "uy" | "uz" | "ve" | "vg" | "vn" | "ye" | "za" | "zm" | "zw";
        /** @enum {string} */
        OperatingSystem: "windows" | "android" | "macos" | "linux" | "ios";
        /** @enum {string} */
        Platform: "chrome" | "firefox" | "safari" | "edge";
        /** @enum {string} */
        Device: "desktop" | "mobile";
        /** @enum {string} */
        ISO639_1: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mo" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
        /**
         * @description Optional state code for proxies to US states. Is mutually exclusive with proxyCity. Takes in two letter state code.
         * @enum {string|null}
         */
        ProxyState: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "al" | "ak" | "az" | "ar" | "ca" | "co" | "ct" | "de" | "fl" | "ga" | "hi" | "id" | "il" | "in" | "ia" | "ks" | "ky" | "la" | "me" | "md" | "ma" | "mi" | "mn" | "ms" | "mo" | "mt" | "ne" | "nv" | "nh" | "nj" | "nm" | "ny" | "nc" | "nd" | "oh" | "ok" | "or" | "pa" | "ri" | "sc" | "sd" | "tn" | "tx" | "ut" | "vt" | "va" | "wa" | "wv" | "wi" | "wy" | null;
        /** @enum {string} */
        SessionRegion: "us-central" | "us-west" | "us-east" | "asia-south" | "europe-west";
        /** @enum {string} */
        JobStatus: "pending" | "running" | "completed" | "failed" | "stopped";
        JobStatusResponse: {
            status: components["schemas"]["JobStatus"];
        };
        /** @enum {string} */
        RecordingStatus: "not_enabled" | "pending" | "in_progress" | "completed" | "failed";
        /** @enum {string} */
        DownloadsStatus: "not_enabled" | "pending" | "in_progress" | "completed" | "failed";
        CrawledPage: {
            url: string;
            /** @enum {string} */
            status: "completed" | "failed";
            error?: string | null;
            metadata?: {
                [key: string]: string | string[];
            };
            markdown?: string;
            html?: string;
            links?: string[];
            screenshot?: string;
        };
        ScrapeOptions: {
            /**
             * @default [
             *       "markdown"
             *     ]
             */
            formats?: ("html" | "links" | "markdown" | "screenshot")[];
            includeTags?: string[];
            excludeTags?: string[];
            /** @default true */
            onlyMainContent?: boolean;
            /** @default 0 */
            waitFor?: number;
            /** @default 30000 */
            timeout?: number;
            /**
             * @default load
             * @enum {string}
             */
            waitUntil?: "load" | "domcontentloaded" | "networkidle";
            /** @description Options for the screenshot. Both `fullPage` and `cropToContent` cannot be true at the same time. */
            screenshotOptions?: {
                /** @default false */
                fullPage?: boolean;
                /**
                 * @default webp
                 * @enum {string}
                 */
                format?: "jpeg" | "png" | "webp";
                /**
                 * @description Automatically adjusts the screenshot height to match the page's actual content. If the page is shorter than the viewport, the screenshot is trimmed to remove any empty space below the content. If the page is taller than the viewport, the screenshot is cropped to the height of the viewport.
                 * @default false
                 */
                cropToContent?: boolean;
                /** @description The maximum height of the screenshot when `cropToContent` is true. Overrides the height set in the `screen` configuration. */
                cropToContentMaxHeight?: number;
                /** @description The minimum height of the screenshot when `cropToContent` is true. Overrides the height set in the `screen` configuration. */
                cropToContentMinHeight?: number;
            };
            storageState?: {
                localStorage?: {
                    [key: string]: string;
                };
                sessionStorage?: {
                    [key: string]: string;
                };
            };
        };
        CreateSessionProfile: {
            id?: string;
            persistChanges?: boolean;
            /** @description When persisting profile changes, also persist the browser's network cache (HTTP cache). */
            persistNetworkCache?: boolean;
        };
        /**
         * @default {
         *       "useStealth": false,
         *       "useProxy": false,
         *       "acceptCookies": false
         *     }
         */
        CreateSessionParams: {
            /** @default false */
            useUltraStealth?: boolean;
            /** @default false */
            useStealth?: boolean;
            /** @default false */
            useProxy?: boolean;
            proxyServer?: string;
            proxyServerPassword?: string;
            proxyServerUsername?: string;
            proxyCountry?: components["schemas"]["ProxyCountry"];
            proxyState?: components["schemas"]["ProxyState"];
            /**
             * @description Desired Country. Is mutually exclusive with proxyState. Some cities might not be supported, so before using a new city, we recommend trying it out
             * @example new york
             */
            proxyCity?: string | null;
            region?: components["schemas"]["SessionRegion"];
            operatingSystems?: components["schemas"]["OperatingSystem"][];
            device?: components["schemas"]["Device"][];
            platform?: components["schemas"]["Platform"][];
            /**
             * @default [
             *       "en"
             *     ]
             */
            locales?: components["schemas"]["ISO639_1"][];
            screen?: components["schemas"]["ScreenConfig"];
            /** @default false */
            solveCaptchas?: boolean;
            /**
             * @description Optional CAPTCHA solver mode. Set to visual to use the visual reCAPTCHA solver.
             * @enum {string}
             */
            solverType?: "visual";
            /** @default false */
            adblock?: boolean;
            /** @default false */
            trackers?: boolean;
            /** @default false */
            annoyances?: boolean;
            enableWebRecording?: boolean;
            /**
             * @description enableWebRecording must also be true for this to work
             * @default false
             */
            enableVideoWebRecording?: boolean;
            profile?: components["schemas"]["CreateSessionProfile"];
            acceptCookies?: boolean;
            /** Format: uuid */
            staticIpId?: string;
            /** @default false */
            saveDownloads?: boolean;
            /** @default [] */
            extensionIds?: string[];
            /** @default [] */
            urlBlocklist?: string[];
            /** @default [] */
            browserArgs?: string[];
            imageCaptchaParams?: {
                imageSelector?: string;
                inputSelector?: string;
            }[] | null;
            timeoutMinutes?: number;
            /** @default false */
            enableWindowManager?: boolean;
            /** @default false */
            enableWindowManagerTaskbar?: boolean;
            /** @default false */
            viewOnlyLiveView?: boolean;
            /** @default false */
            disablePasswordManager?: boolean;
            /** @default false */
            enableAlwaysOpenPdfExternally?: boolean;
            /** @default false */
            disablePostQuantumKeyAgreement?: boolean;
        };
        GetSessionRecordingUrlResponse: {
            status: components["schemas"]["RecordingStatus"];
            recordingUrl?: string | null;
            error?: string | null;
        };
        GetSessionVideoRecordingUrlResponse: {
            status: components["schemas"]["RecordingStatus"];
            recordingUrl?: string | null;
            error?: string | null;
        };
        GetSessionDownloadsUrlResponse: {
            status: components["schemas"]["DownloadsStatus"];
            downloadsUrl?: string | null;
            error?: string | null;
        };
        StartScrapeJobParams: {
            url: string;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            scrapeOptions?: components["schemas"]["ScrapeOptions"];
        };
        StartScrapeJobResponse: {
            jobId?: string;
        };
        ScrapeJobData: {
            metadata?: {
                [key: string]: string | string[];
            };
            markdown?: string;
            html?: string;
            links?: string[];
            screenshot?: string;
        };
        ScrapeJobResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: components["schemas"]["ScrapeJobData"];
            error?: string;
        };
        StartBatchScrapeJobParams: {
            urls: string[];
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            scrapeOptions?: components["schemas"]["ScrapeOptions"];
        };
        ScrapedPage: {
            url: string;
            status: components["schemas"]["JobStatus"];
            error?: string | null;
            metadata?: {
                [key: string]: string | string[];
            };
            markdown?: string;
            html?: string;
            links?: string[];
            screenshot?: string;
        };
        GetBatchScrapeJobParams: {
            page?: number;
            batchSize?: number;
        };
        StartBatchScrapeJobResponse: {
            jobId: string;
        };
        BatchScrapeJobResponse: {
            jobId?: string;
            status?: components["schemas"]["JobStatus"];
            data?: components["schemas"]["ScrapedPage"][];
            error?: string;
            totalScrapedPages?: number;
            totalPageBatches?: number;
            currentPageBatch?: number;
            batchSize?: number;
        };
        StartExtractJobParams: {
            urls: string[];
            systemPrompt?: string;
            maxLinks?: number;
            prompt?: string;
            schema?: Record<string, unknown>;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            /** @default 0 */
            waitFor?: number;
        };
        StartExtractJobResponse: {
            jobId: string;
        };
        ExtractJobResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: Record<string, unknown>;
            error?: string;
        };
        ErrorResponse: {
            message?: string;
        };
        CreateExtensionParams: {
            /** Format: binary */
            file: string;
            name?: string;
        };
        ExtensionResponse: {
            id?: string;
            name?: string;
            /** Format: iso8601 */
            createdAt?: string;
            /** Format: iso8601 */
            updatedAt?: string;
        };
        /**
         * @default 0.8.0
         * @enum {string}
         */
        HyperAgentVersion: "0.8.0" | "1.1.0";
        /**
         * @default gpt-4o
         * @enum {string}
         */
        HyperAgentLlm: "gpt-5.2" | "gpt-5.1" | "gpt-5" | "gpt-5-mini" | "gpt-4o" | "gpt-4o-mini" | "gpt-4.1" | "gpt-4.1-mini" | "claude-sonnet-4-6" | "claude-sonnet-4-5" | "gemini-2.5-flash" | "gemini-3-flash-preview";
        /**
         * @default {
         *       "task": "go to example.com"
         *     }
         */
        StartHyperAgentTaskParams: {
            task: string;
            version?: components["schemas"]["HyperAgentVersion"];
            llm?: components["schemas"]["HyperAgentLlm"];
            sessionId?: string;
            /** @default 20 */
            maxSteps?: number;
            /** @default false */
            keepBrowserOpen?: boolean;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            /** @default false */
            useCustomApiKeys?: boolean;
            apiKeys?: {
                openai?: string;
                anthropic?: string;
                google?: string;
            };
        };
        StartHyperAgentTaskResponse: {
            jobId: string;
            liveUrl?: string | null;
        };
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
        /**
         * @default 0.1.40
         * @enum {string}
         */
        BrowserUseVersion: "0.1.40" | "0.7.10" | "latest";
        /**
         * @default gemini-2.0-flash
         * @enum {string}
         */
        BrowserUseLlm: "gpt-4o" | "gpt-4o-mini" | "gpt-4.1" | "gpt-4.1-mini" | "claude-sonnet-4-6" | "claude-sonnet-4-5" | "claude-sonnet-4-20250514" | "gemini-2.0-flash" | "gemini-2.5-flash";
        /**
         * @default {
         *       "task": "go to example.com"
         *     }
         */
        StartBrowserUseTaskParams: {
            task: string;
            version?: components["schemas"]["BrowserUseVersion"];
            llm?: components["schemas"]["BrowserUseLlm"];
            sessionId?: string;
            /** @default false */
            validateOutput?: boolean;
            /** @default true */
            useVision?: boolean;
            /** @default false */
            useVisionForPlanner?: boolean;
            /** @default 10 */
            maxActionsPerStep?: number;
            /** @default 128000 */
            maxInputTokens?: number;
            plannerLlm?: components["schemas"]["BrowserUseLlm"];
            pageExtractionLlm?: components["schemas"]["BrowserUseLlm"];
            /** @default 10 */
            plannerInterval?: number;
            /** @default 20 */
            maxSteps?: number;
            /** @default 3 */
            maxFailures?: number;
            initialActions?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            }[];
            sensitiveData?: {
                [key: string]: string;
            };
            messageContext?: string;
            /** @default false */
            keepBrowserOpen?: boolean;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            /** @default false */
            useCustomApiKeys?: boolean;
            apiKeys?: {
                openai?: string;
                anthropic?: string;
                google?: string;
            };
        };
        StartBrowserUseTaskResponse: {
            jobId: string;
            liveUrl?: string | null;
        };
        BrowserUseTaskResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: {
                steps?: Record<string, unknown>[];
                finalResult?: string | null;
            };
            error?: string | null;
            liveUrl?: string | null;
        };
        /**
         * @default claude-sonnet-4-5
         * @enum {string}
         */
        ClaudeComputerUseLlm: "claude-opus-4-5" | "claude-opus-4-6" | "claude-haiku-4-5-20251001" | "claude-sonnet-4-6" | "claude-sonnet-4-5" | "claude-sonnet-4-20250514";
        /**
         * @default {
         *       "task": "go to example.com"
         *     }
         */
        StartClaudeComputerUseTaskParams: {
            task: string;
            llm?: components["schemas"]["ClaudeComputerUseLlm"];
            sessionId?: string;
            /** @default 3 */
            maxFailures?: number;
            /** @default 20 */
            maxSteps?: number;
            /** @default false */
            keepBrowserOpen?: boolean;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            /** @default false */
            useCustomApiKeys?: boolean;
            apiKeys?: {
                anthropic?: string;
            };
            /** @default false */
            useComputerAction?: boolean;
        };
        StartClaudeComputerUseTaskResponse: {
            jobId: string;
            liveUrl?: string | null;
        };
        ClaudeComputerUseTaskResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: {
                steps?: Record<string, unknown>[];
                finalResult?: string | null;
            };
            error?: string | null;
            liveUrl?: string | null;
        };
        /**
         * @default gemini-3-flash-preview
         * @enum {string}
         */
        GeminiComputerUseLlm: "gemini-3-flash-preview" | "gemini-2.5-computer-use-preview-10-2025";
        /**
         * @default {
         *       "task": "go to example.com"
         *     }
         */
        StartGeminiComputerUseTaskParams: {
            task: string;
            llm?: components["schemas"]["GeminiComputerUseLlm"];
            sessionId?: string;
            /** @default 3 */
            maxFailures?: number;
            /** @default 20 */
            maxSteps?: number;
            /** @default false */
            keepBrowserOpen?: boolean;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            /** @default false */
            useCustomApiKeys?: boolean;
            apiKeys?: {
                google?: string;
            };
            /** @default false */
            useComputerAction?: boolean;
        };
        StartGeminiComputerUseTaskResponse: {
            jobId: string;
            liveUrl?: string | null;
        };
        GeminiComputerUseTaskResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: {
                steps?: Record<string, unknown>[];
                finalResult?: string | null;
            };
            error?: string | null;
            liveUrl?: string | null;
        };
        /**
         * @default computer-use-preview
         * @enum {string}
         */
        CuaLlm: "computer-use-preview" | "gpt-5.4" | "gpt-5.4-mini";
        /**
         * @default {
         *       "task": "go to example.com"
         *     }
         */
        StartCuaTaskParams: {
            task: string;
            llm?: components["schemas"]["CuaLlm"];
            sessionId?: string;
            /** @default 3 */
            maxFailures?: number;
            /** @default 20 */
            maxSteps?: number;
            /** @default false */
            keepBrowserOpen?: boolean;
            sessionOptions?: components["schemas"]["CreateSessionParams"];
            /** @default false */
            useCustomApiKeys?: boolean;
            apiKeys?: {
                openai?: string;
            };
            /** @default false */
            useComputerAction?: boolean;
        };
        StartCuaTaskResponse: {
            jobId: string;
            liveUrl?: string | null;
        };
        CuaTaskResponse: {
            jobId: string;
            status: components["schemas"]["JobStatus"];
            data?: {
                steps?: Record<string, unknown>[];
                finalResult?: string | null;
            };
            error?: string | null;
            liveUrl?: string | null;
        };
        /** @enum {string} */
        FetchStealthMode: "none" | "auto" | "ultra";
        /** @enum {string} */
        FetchSanitizeMode: "none" | "basic" | "advanced";
        /** @enum {string} */
        FetchStatus: "completed" | "failed" | "pending" | "running";
        /** @enum {string} */
        FetchWaitUntil: "load" | "domcontentloaded" | "networkidle";
        /** @enum {string} */
        FetchScreenshotFormat: "jpeg" | "png" | "webp";
        /** @enum {string} */
        PageStatus: "completed" | "failed" | "pending" | "running";
        /** @enum {string} */
        WebSearchStatus: "completed" | "failed" | "pending" | "running" | "stopped";
        /** @enum {string} */
        WebSearchFiletype: "pdf" | "doc" | "docx" | "xls" | "xlsx" | "ppt" | "pptx" | "html";
        FetchOutputScreenshotOptions: {
            fullPage?: boolean;
            format?: components["schemas"]["FetchScreenshotFormat"];
            cropToContent?: boolean;
            cropToContentMaxHeight?: number;
            cropToContentMinHeight?: number;
        };
        FetchStorageStateOptions: {
            localStorage?: {
                [key: string]: string;
            };
            sessionStorage?: {
                [key: string]: string;
            };
        };
        FetchBrowserLocationOptions: {
            country?: string;
            state?: string;
            city?: string;
        };
        FetchOutputMarkdown: {
            /** @enum {string} */
            type: "markdown";
        };
        FetchOutputHtml: {
            /** @enum {string} */
            type: "html";
        };
        FetchOutputLinks: {
            /** @enum {string} */
            type: "links";
        };
        FetchOutputScreenshot: components["schemas"]["FetchOutputScreenshotOptions"] & {
            /** @enum {string} */
            type: "screenshot";
        };
        FetchOutputJsonOptions: {
            schema?: Record<string, unknown>;
            /** @description Natural language prompt describing what data to extract. If only prompt is provided, a schema is auto-generated from it. If both prompt and schema are provided, the schema defines the output structure while the prompt provides additional guidance for the extraction. */
            prompt?: string;
        };
        FetchOutputJson: components["schemas"]["FetchOutputJsonOptions"] & {
            /** @enum {string} */
            type: "json";
        };
        FetchOutputOptions: {
            formats?: (components["schemas"]["FetchOutputMarkdown"] | components["schemas"]["FetchOutputHtml"] | components["schemas"]["FetchOutputLinks"] | components["schemas"]["FetchOutputScreenshot"] | components["schemas"]["FetchOutputJson"] | components["schemas"]["FetchOutputBranding"] | ("markdown" | "html" | "links" | "screenshot" | "branding"))[];
            sanitize?: components["schemas"]["FetchSanitizeMode"];
            includeSelectors?: string[];
            excludeSelectors?: string[];
            storageState?: components["schemas"]["FetchStorageStateOptions"];
        };
        FetchBrowserOptions: {
            screen?: components["schemas"]["ScreenConfig"];
            profileId?: string;
            solveCaptchas?: string;
            location?: components["schemas"]["FetchBrowserLocationOptions"];
        };
        FetchNavigationOptions: {
            waitUntil?: components["schemas"]["FetchWaitUntil"];
            timeoutMs?: number;
            waitFor?: number;
        };
        FetchCacheOptions: {
            maxAgeSeconds?: number;
        };
        FetchParams: {
            url: string;
            stealth?: components["schemas"]["FetchStealthMode"];
            outputs?: components["schemas"]["FetchOutputOptions"];
            browser?: components["schemas"]["FetchBrowserOptions"];
            navigation?: components["schemas"]["FetchNavigationOptions"];
            cache?: components["schemas"]["FetchCacheOptions"];
        };
        FetchResponseData: {
            metadata?: {
                [key: string]: string | string[];
            };
            html?: string;
            markdown?: string;
            links?: string[];
            screenshot?: string;
            json?: Record<string, unknown>;
            branding?: components["schemas"]["BrandingProfile"];
        };
        FetchResponse: {
            jobId: string;
            status: components["schemas"]["FetchStatus"];
            error?: string | null;
            data?: components["schemas"]["FetchResponseData"];
        };
        WebCrawlOptions: {
            /** @default 10 */
            maxPages?: number;
            /** @default true */
            followLinks?: boolean;
            /** @default false */
            ignoreSitemap?: boolean;
            excludePatterns?: string[];
            includePatterns?: string[];
        };
        StartWebCrawlJobParams: {
            url: string;
            stealth?: components["schemas"]["FetchStealthMode"];
            outputs?: components["schemas"]["FetchOutputOptions"];
            browser?: components["schemas"]["FetchBrowserOptions"];
            navigation?: components["schemas"]["FetchNavigationOptions"];
            cache?: components["schemas"]["FetchCacheOptions"];
            crawlOptions?: components["schemas"]["WebCrawlOptions"];
        };
        WebCrawlPageData: {
            url: string;
            status: components["schemas"]["PageStatus"];
            error?: string | null;
            metadata?: {
                [key: string]: string | string[];
            };
            markdown?: string;
            html?: string;
            links?: string[];
            screenshot?: string;
            json?: Record<string, unknown>;
            branding?: components["schemas"]["BrandingProfile"];
        };
        WebCrawlJobResponse: {
            /** Format: uuid */
            jobId: string;
            status: components["schemas"]["JobStatus"];
            error?: string | null;
            totalPages?: number;
            totalPageBatches?: number;
            currentPageBatch?: number;
            batchSize?: number;
            data?: components["schemas"]["WebCrawlPageData"][];
        };
        WebSearchFilters: {
            exactPhrase?: boolean;
            semanticPhrase?: boolean;
            excludeTerms?: string[];
            boostTerms?: string[];
            filetype?: components["schemas"]["WebSearchFiletype"];
            site?: string;
            excludeSite?: string;
            intitle?: string;
            inurl?: string;
        };
        WebSearchLocation: {
            country: string;
            state?: string;
            city?: string;
        };
        WebSearchParams: {
            query: string;
            page?: number;
            maxAgeSeconds?: number;
            location?: components["schemas"]["WebSearchLocation"];
            filters?: components["schemas"]["WebSearchFilters"];
        };
        WebSearchResultItem: {
            title: string;
            url: string;
            description: string;
        };
        WebSearchResponseData: {
            query: string;
            results: components["schemas"]["WebSearchResultItem"][];
        };
        WebSearchResponse: {
            jobId: string;
            status: components["schemas"]["WebSearchStatus"];
            error?: string | null;
            data?: components["schemas"]["WebSearchResponseData"];
        };
        FetchOutputBranding: {
            /** @enum {string} */
            type: "branding";
        };
        /** @description Visual brand profile extracted via DOM analysis + LLM enhancement. All fields optional; the server may return a partial profile when the LLM refuses or fails. */
        BrandingProfile: {
            /** @description Page color scheme. Common values: light, dark. */
            colorScheme?: string;
            /** @description Color role assignments. Common keys: primary, secondary, accent, background, textPrimary, textSecondary, link. */
            colors?: Record<string, unknown>;
            /** @description Cleaned brand fonts with roles. */
            fonts?: {
                family?: string;
                role?: string;
            }[];
            /** @description Font families, stacks, and sizes. Keys: fontFamilies, fontStacks, fontSizes, lineHeights, fontWeights. */
            typography?: Record<string, unknown>;
            /** @description Spacing scale. Common keys: baseUnit, borderRadius, padding, margins, gridGutter. */
            spacing?: Record<string, unknown>;
            /** @description Per-component style dictionaries. Common keys: buttonPrimary, buttonSecondary, input. Each value has background, textColor, borderColor, borderRadius, borderRadiusCorners, shadow. */
            components?: Record<string, unknown>;
            /** @description Brand images. Common keys: logo, logoHref, logoAlt, favicon, ogImage. */
            images?: Record<string, unknown>;
            /** @description Brand personality. Common keys: tone, energy, targetAudience. */
            personality?: Record<string, unknown>;
            /** @description Detected design system. Common keys: framework, componentLibrary. */
            designSystem?: Record<string, unknown>;
            /** @description Confidence scores (0-1). Common keys: buttons, colors, overall. */
            confidence?: Record<string, unknown>;
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
