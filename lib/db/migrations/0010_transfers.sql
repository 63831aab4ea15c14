CREATE TABLE "transfer_watch" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_uid" text NOT NULL,
	"domain" text NOT NULL,
	"proc_id" text,
	"started_by_name" text,
	"started_at" timestamp with time zone,
	"states" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_seen_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_watch_account_domain_idx" ON "transfer_watch" USING btree ("account_uid","domain");--> statement-breakpoint
CREATE INDEX "transfer_watch_account_ended_idx" ON "transfer_watch" USING btree ("account_uid","ended_at");