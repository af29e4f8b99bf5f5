export function clusterPorts(): { nginx: number; instances: number[] };
export function requireNginx(): string;
export function nginxConfig(options: {
  workDir: string;
  listenPort: number;
  upstreamPorts?: number[];
  microCache?: boolean;
  staticRoot?: string;
  workers?: number;
}): string;
