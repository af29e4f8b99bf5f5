// What Linux reports in /proc about CPU and memory: how busy the whole machine is, how much of
// it one process group (a benchmark's server) and this process (the load generator) use, and
// the group's resident memory. The development machine is shared, so every benchmark that
// times anything should say how busy it was.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** USER_HZ: the unit of the CPU times in /proc (100 on every Linux architecture Node runs on). */
const TICKS_PER_SECOND = 100;

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process has exited
  }
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] is field 3, state. */
function statFields(pid: number): string[] {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : [];
}

/** The processes of a process group (a server started with `detached: true` leads its own). */
export function processGroupMembers(groupId: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => Number(statFields(pid)[2]) === groupId);
}

/** Resident memory of every process of the group, in bytes (VmRSS). */
export function groupRssBytes(groupId: number): number {
  let total = 0;
  for (const pid of processGroupMembers(groupId)) {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`));
    if (match) total += Number(match[1]) * 1024;
  }
  return total;
}

/** CPU seconds (user + system) the group's processes have used so far. */
function groupCpuSeconds(groupId: number): number {
  let ticks = 0;
  for (const pid of processGroupMembers(groupId)) {
    const fields = statFields(pid);
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
  }
  return ticks / TICKS_PER_SECOND;
}

/** Busy and stolen CPU seconds of the whole machine (every core) so far. */
function machineCpuSeconds(): { busy: number; steal: number } {
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy; steal is time
  // the hypervisor gave another virtual machine
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return { busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND, steal: steal / TICKS_PER_SECOND };
}

export type CpuShare = {
  seconds: number;
  cores: number;
  /** cores' worth of CPU used over the window: 1 = one core fully busy */
  machine: number;
  server: number;
  loadGenerator: number;
  /** everything else: other users of the shared machine, databases, the kernel */
  others: number;
  /** taken by the hypervisor for other virtual machines */
  stolen: number;
  loadAverageAtEnd: number[];
};

/** Starts measuring; `stop()` answers how the CPU was shared over the window. */
export function measureCpu(serverGroupId?: number): { stop: () => CpuShare } {
  const started = performance.now();
  const machine = machineCpuSeconds();
  const server = serverGroupId ? groupCpuSeconds(serverGroupId) : 0;
  const self = process.cpuUsage();
  return {
    stop() {
      const seconds = (performance.now() - started) / 1000;
      const machineNow = machineCpuSeconds();
      const selfUsed = process.cpuUsage(self);
      const share = (cpuSeconds: number) => Math.round((cpuSeconds / seconds) * 100) / 100;
      const machineCores = share(machineNow.busy - machine.busy);
      const serverCores = serverGroupId ? share(groupCpuSeconds(serverGroupId) - server) : 0;
      const loadGenerator = share((selfUsed.user + selfUsed.system) / 1e6);
      return {
        seconds: Math.round(seconds * 10) / 10,
        cores: os.cpus().length,
        machine: machineCores,
        server: serverCores,
        loadGenerator,
        others: Math.max(0, Math.round((machineCores - serverCores - loadGenerator) * 100) / 100),
        stolen: share(machineNow.steal - machine.steal),
        loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100),
      };
    },
  };
}

export const describeCpu = (cpu: CpuShare) =>
  `${cpu.machine} of ${cpu.cores} cores busy over ${cpu.seconds} s: server ${cpu.server}, load generator ${cpu.loadGenerator}, others ${cpu.others}` +
  `${cpu.stolen > 0.01 ? `, stolen by the hypervisor ${cpu.stolen}` : ''}; load average ${cpu.loadAverageAtEnd.join(' / ')}`;
