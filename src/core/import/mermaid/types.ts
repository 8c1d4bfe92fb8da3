/** Mermaid's other diagram types, by the word that starts them (in lower case), for the message that says what a diagram is instead. */
export const OTHER_DIAGRAM: ReadonlyMap<string, string> = new Map([
  ['flowchart', 'flowchart'], ['flowchart-elk', 'flowchart'], ['graph', 'flowchart'],
  ['sequencediagram', 'sequence'], ['classdiagram', 'class'], ['classdiagram-v2', 'class'],
  ['statediagram', 'state'], ['statediagram-v2', 'state'], ['erdiagram', 'entity relationship'],
  ['gantt', 'Gantt'], ['pie', 'pie chart'], ['gitgraph', 'git graph'], ['mindmap', 'mind map'],
  ['timeline', 'timeline'], ['quadrantchart', 'quadrant chart'], ['requirementdiagram', 'requirement'],
  ['requirement', 'requirement'], ['c4context', 'C4'], ['c4container', 'C4'], ['c4component', 'C4'],
  ['c4dynamic', 'C4'], ['c4deployment', 'C4'], ['sankey-beta', 'Sankey'], ['sankey', 'Sankey'],
  ['xychart-beta', 'XY chart'], ['xychart', 'XY chart'], ['block-beta', 'block'], ['block', 'block'],
  ['packet-beta', 'packet'], ['packet', 'packet'], ['kanban', 'Kanban'], ['architecture-beta', 'architecture'],
  ['radar-beta', 'radar'], ['treemap-beta', 'treemap'], ['zenuml', 'ZenUML'], ['info', 'info'],
]);
