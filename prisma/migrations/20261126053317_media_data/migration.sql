-- AlterTable
ALTER TABLE "Media" ADD COLUMN "data" BLOB;
