CREATE TABLE "bulk_job_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"domain" text NOT NULL,
	"is_pattern" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"skip_reason" text,
	"proc_id" text,
	"tracking_id" text,
	"result" text,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"lease_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulk_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"account_uid" text NOT NULL,
	"created_by" text NOT NULL,
	"created_by_name" text NOT NULL,
	"session_id" text,
	"total" integer NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bulk_job_items" ADD CONSTRAINT "bulk_job_items_job_id_bulk_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."bulk_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_job_items_job_state_idx" ON "bulk_job_items" USING btree ("job_id","state");--> statement-breakpoint
CREATE INDEX "bulk_job_items_state_idx" ON "bulk_job_items" USING btree ("state");--> statement-breakpoint
CREATE INDEX "bulk_jobs_state_idx" ON "bulk_jobs" USING btree ("state");--> statement-breakpoint
CREATE INDEX "bulk_jobs_account_idx" ON "bulk_jobs" USING btree ("account_uid","created_at");