// A four-actor registry for the build tests that feed buildFromInputs inline strings.
export const ACTORS = `- id: russia
  label: Russia
  kind: state
  aliases: [Russia, Moscow]
- id: taliban
  label: Taliban
  kind: armed-group
  aliases: [Taliban]
- id: sergey-lavrov
  label: Sergey Lavrov
  kind: person
  aliases: [Lavrov]
- id: amir-khan-muttaqi
  label: Amir Khan Muttaqi
  kind: person
  aliases: [Muttaqi]
`;
