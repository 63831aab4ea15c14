CREATE TABLE "panel_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"uid" text NOT NULL,
	"user_login" text NOT NULL,
	"user_access" text NOT NULL,
	"credential_kind" text NOT NULL,
	"credential_fingerprint" text NOT NULL,
	"credential_encrypted" text NOT NULL,
	"auth_sid_encrypted" text NOT NULL,
	"dmapi_expires_at" timestamp with time zone NOT NULL,
	"session_timeout" integer NOT NULL,
	"currency" text NOT NULL,
	"account" jsonb NOT NULL,
	"tlds" jsonb NOT NULL,
	"panel_role" text NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"uid" text,
	"fingerprint" text NOT NULL,
	"credential_kind" text NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"status" text DEFAULT 'active' NOT NULL,
	"key_encrypted" text,
	"key_hint" text NOT NULL,
	"user_login" text,
	"user_access" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "team_members_fingerprint_unique" UNIQUE("fingerprint")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_uid" text NOT NULL,
	"actor_fingerprint" text NOT NULL,
	"actor_name" text NOT NULL,
	"role" text NOT NULL,
	"ip" text,
	"action" text NOT NULL,
	"request" text NOT NULL,
	"object" text,
	"params" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"status_code" integer,
	"errors" jsonb NOT NULL,
	"tracking_id" text,
	"proc_id" text
);
--> statement-breakpoint
CREATE INDEX "panel_sessions_fingerprint_idx" ON "panel_sessions" USING btree ("credential_fingerprint");--> statement-breakpoint
CREATE INDEX "sign_in_failures_subject_at_idx" ON "sign_in_failures" USING btree ("subject","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_fingerprint");--> statement-breakpoint
CREATE INDEX "audit_log_request_idx" ON "audit_log" USING btree ("request");--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object");