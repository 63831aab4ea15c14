ALTER TABLE "bulk_jobs" ADD COLUMN "state_reason" text;--> statement-breakpoint
ALTER TABLE "bulk_jobs" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "bulk_jobs_session_idx" ON "bulk_jobs" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "bulk_jobs_created_by_idx" ON "bulk_jobs" USING btree ("created_by");