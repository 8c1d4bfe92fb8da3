#!/usr/bin/env node
// Takes the README's pictures again: runs the end-to-end suites in a real VS
// Code and copies their screenshots of the preview, the Problems panel, the
// example journey in four colour themes and the end of the walkthrough in
// English and in Dutch (the packaged extension's suite).
import { execFileSync } from 'child_process';
import { copyFileSync } from 'fs';
import { join } from 'path';

const out = join('test-output', 'e2e');
execFileSync('npm', ['run', 'test:e2e'], { stdio: 'inherit' });
execFileSync('npm', ['run', 'test:package'], { stdio: 'inherit' });
copyFileSync(join(out, 'preview-opens-to-the-side-and-shows-the-steps-tasks-and-findings.png'), join('docs', 'images', 'preview.png'));
copyFileSync(join(out, 'shows-a-journey-s-findings-in-the-problems-panel.png'), join('docs', 'images', 'problems.png'));
// The verhuizing example's preview in each theme the examples suite goes through.
for (const theme of ['light-modern', 'dark-modern', 'dark-high-contrast', 'light-high-contrast']) {
  copyFileSync(join(out, `examples-${theme}-verhuizing-journey-yaml.png`), join('docs', 'images', `theme-${theme}.png`));
}
copyFileSync(join(out, 'package-follows-the-walkthrough-a-new-journey-its-preview-a-quick-fix-the-workspace-check.png'), join('docs', 'images', 'walkthrough-en.png'));
copyFileSync(join(out, 'package-nl-follows-the-walkthrough-in-Dutch-a-new-journey-its-preview-a-quick-fix-the-workspace-check.png'), join('docs', 'images', 'walkthrough-nl.png'));
console.log('docs/images/preview.png, problems.png, theme-*.png and walkthrough-*.png updated.');
