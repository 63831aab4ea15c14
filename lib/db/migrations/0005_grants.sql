CREATE TABLE "grant_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"account_uid" text NOT NULL,
	"domain" text NOT NULL,
	"role" text NOT NULL,
	"email" text NOT NULL,
	"nick_name" text,
	"scope" text,
	"key_encrypted" text,
	"token_hash" text NOT NULL,
	"token_encrypted" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"state_reason" text,
	"inviter_login" text NOT NULL,
	"inviter_name" text NOT NULL,
	"inviter_fingerprint" text NOT NULL,
	"job_id" integer,
	"accepted_uid" text,
	"accepted_login" text,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "grant_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE INDEX "grant_invitations_domain_idx" ON "grant_invitations" USING btree ("account_uid","domain");--> statement-breakpoint
CREATE INDEX "grant_invitations_email_idx" ON "grant_invitations" USING btree ("email","state");