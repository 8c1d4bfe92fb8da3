/**
 * Writes a generated event log as CSV for the reading benchmark: a service
 * desk's tickets with 4 to 16 events each, ten activities, six teams, ISO
 * times with an offset. Seeded, so every run reads the same file. Written to
 * a temporary folder, never committed.
 */
import * as fs from 'fs';

const ACTIVITIES = ['Melding ontvangen', 'Intake', 'Toewijzen', 'Analyseren', 'Terugbellen', 'Oplossen', 'Wachten op klant', 'Doorzetten', 'Controleren', 'Afsluiten'];
const TEAMS = ['Servicedesk 1st', 'Netwerk 2nd', 'Werkplek 2nd', 'Applicaties 2nd', 'Leverancier 3rd', 'Security 3rd'];

export async function writeCsvLog(file: string, events: number): Promise<void> {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32);
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('case:concept:name,concept:name,time:timestamp,org:group,lifecycle:transition,case:priority\n');
  let written = 0;
  let ticket = 0;
  let batch = '';
  while (written < events) {
    ticket++;
    const length = Math.min(events - written, 4 + Math.floor(random() * 13));
    let time = Date.UTC(2024, 0, 1) + Math.floor(random() * 365 * 86_400_000);
    const priority = random() < 0.2 ? 'hoog' : 'normaal';
    for (let i = 0; i < length; i++) {
      time += Math.floor(random() * 8 * 3_600_000);
      const activity = i === 0 ? ACTIVITIES[0] : i === length - 1 ? ACTIVITIES[9] : ACTIVITIES[1 + Math.floor(random() * 8)];
      batch += `T${ticket},${activity},${new Date(time).toISOString().replace('Z', '+00:00')},${TEAMS[Math.floor(random() * TEAMS.length)]},complete,${priority}\n`;
    }
    written += length;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((resolve, reject) => out.end(() => resolve()).on('error', reject));
}
