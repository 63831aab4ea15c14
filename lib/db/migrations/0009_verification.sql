CREATE TABLE "public_page_hits" (
	"subject" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "public_page_hits_subject_window_start_pk" PRIMARY KEY("subject","window_start")
);
--> statement-breakpoint
CREATE TABLE "verification_activity" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_uid" text NOT NULL,
	"email" text,
	"domains" jsonb NOT NULL,
	"kind" text NOT NULL,
	"answer" text,
	"outcome" text NOT NULL,
	"detail" text NOT NULL,
	"actor_name" text NOT NULL,
	"actor_fingerprint" text,
	"ip" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_entries" (
	"account_uid" text NOT NULL,
	"email" text NOT NULL,
	"domains" jsonb NOT NULL,
	"tlds" text NOT NULL,
	"deadline" timestamp with time zone,
	"state" text NOT NULL,
	"first_seen" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "verification_entries_account_uid_email_pk" PRIMARY KEY("account_uid","email")
);
--> statement-breakpoint
CREATE TABLE "verification_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_uid" text NOT NULL,
	"email" text NOT NULL,
	"body" text NOT NULL,
	"author_name" text NOT NULL,
	"author_fingerprint" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "verification_activity_email_idx" ON "verification_activity" USING btree ("account_uid","email","at");--> statement-breakpoint
CREATE INDEX "verification_activity_kind_idx" ON "verification_activity" USING btree ("account_uid","kind","at");--> statement-breakpoint
CREATE INDEX "verification_entries_state_idx" ON "verification_entries" USING btree ("account_uid","state","deadline");--> statement-breakpoint
CREATE INDEX "verification_notes_email_idx" ON "verification_notes" USING btree ("account_uid","email","at");