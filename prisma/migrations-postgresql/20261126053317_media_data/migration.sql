-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "data" BYTEA;
