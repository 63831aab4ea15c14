CREATE TABLE "contact_defaults" (
	"account_uid" text NOT NULL,
	"tld" text NOT NULL,
	"owner" text,
	"admin" text,
	"tech" text,
	"billing" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_defaults_account_uid_tld_pk" PRIMARY KEY("account_uid","tld")
);
