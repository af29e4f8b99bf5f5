export function clusterPorts(): { nginx: number; instances: number[] };
export function requireNginx(): string;
export function nginxConfig(options: {
  workDir: string;
  listenPort: number;
  upstreamPorts?: number[];
  microCache?: boolean;
  staticRoot?: string;
  /** take the client address from the X-Forwarded-For this address sends (realip) */
  trustForwardedFrom?: string;
  workers?: number;
}): string;
