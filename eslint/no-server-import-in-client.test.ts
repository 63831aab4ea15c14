import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { noServerImportInClient } from './no-server-import-in-client.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const root = path.resolve(__dirname, '..');
const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' } });
const clientFile = path.join(root, 'components/example/widget.tsx');
const serverFile = path.join(root, 'app/(panel)/example/page.tsx');
const client = (code: string) => ({ code: `'use client';\n${code}`, filename: clientFile });

tester.run('no-server-import-in-client', noServerImportInClient, {
  valid: [
    client("import { compileGlob } from '@/lib/net/glob';"),
    client("import { domainName } from '@/lib/schemas/domain';"),
    client("import { ROLE_LABELS } from '@/lib/auth/roles';"),
    client("import type { JobView } from '@/lib/jobs/queries';"),
    client("import { type DmapiClient } from '@/lib/dmapi';"),
    client("import { jobParamsSchema } from '@/lib/jobs/kinds';"),
    client("import { useState } from 'react';"),
    { code: "import { queryDomainList } from '@/lib/dmapi';", filename: serverFile },
    { code: "import 'server-only';\nimport { getDb } from '@/lib/db';", filename: serverFile },
  ],
  invalid: [
    { ...client("import { queryDomainList } from '@/lib/dmapi';"), errors: [{ messageId: 'server' }] },
    { ...client("import { parseReply } from '@/lib/dmapi/parse';"), errors: [{ messageId: 'server' }] },
    { ...client("import { requireSession } from '@/lib/auth';"), errors: [{ messageId: 'server' }] },
    { ...client("import { encrypt } from '@/lib/auth/crypto';"), errors: [{ messageId: 'server' }] },
    { ...client("import { loadEnv } from '@/lib/env/load';"), errors: [{ messageId: 'server' }] },
    { ...client("import { openDb } from '@/lib/db/open';"), errors: [{ messageId: 'server' }] },
    { ...client("import { listJobs } from '@/lib/jobs/queries';"), errors: [{ messageId: 'server' }] },
    { ...client("import { loadPortfolio } from '@/lib/portfolio/server';"), errors: [{ messageId: 'server' }] },
    { ...client("export { createBulkJob } from '@/lib/jobs/create';"), errors: [{ messageId: 'server' }] },
    { ...client("import 'server-only';"), errors: [{ messageId: 'server' }] },
    { code: "'use client';\nimport { x } from '../../lib/dmapi/transport';", filename: clientFile, errors: [{ messageId: 'server' }] },
  ],
});
