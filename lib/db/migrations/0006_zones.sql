CREATE TABLE "zone_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_uid" text NOT NULL,
	"domain" text NOT NULL,
	"zone_before" text NOT NULL,
	"zone_after" text NOT NULL,
	"actor_fingerprint" text NOT NULL,
	"actor_name" text NOT NULL,
	"comment" text,
	"source" text NOT NULL,
	"state" text DEFAULT 'sending' NOT NULL,
	"proc_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "zone_history_zone_idx" ON "zone_history" USING btree ("account_uid","domain","created_at");