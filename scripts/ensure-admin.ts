// `npm start` step: creates the first administrator when the database has no user yet
// (INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD, or a generated password printed once).
import { createPrismaClient } from '@/lib/db/client';
import { databaseUrl } from '@/lib/db/database-url';
import { ensureInitialAdmin } from '@/lib/auth/initial-admin';

async function main() {
  const prisma = createPrismaClient(databaseUrl());
  try {
    const outcome = await ensureInitialAdmin(prisma, {
      email: process.env.INITIAL_ADMIN_EMAIL,
      password: process.env.INITIAL_ADMIN_PASSWORD,
    });
    if (!outcome.created) {
      console.log('Editor accounts already exist.');
      return;
    }
    console.log(`Created the first administrator: ${outcome.email}`);
    if (outcome.generatedPassword) {
      const line = '='.repeat(64);
      console.log(
        `\n${line}\n  Mật khẩu quản trị ban đầu (chỉ hiện một lần, hãy ghi lại và đổi sau khi đăng nhập):\n` +
          `  Initial administrator password (shown only once; sign in at /dang-nhap and change it):\n\n` +
          `      ${outcome.email}\n      ${outcome.generatedPassword}\n${line}\n`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error('Creating the first administrator failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
