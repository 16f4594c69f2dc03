// English text of saved games and of refusals on arrival: the list of saved games, storage that is full,
// a game open in two tabs, damaged saves, and addresses that cannot start a game. Spread into en.ts;
// savesZh.ts has the same keys.
export const savesEn = {
  'saves.heading': 'Saved games',
  'saves.none': 'No saved games yet.',
  'saves.what': '{scenario} · as the {side} · turn {turn}{ended} · {date}',
  'saves.ended': ' (finished)',
  'saves.continue': 'Continue',
  'saves.delete': 'Delete',
  'saves.export': 'Export to a file',
  'saves.import': 'Import a saved game',
  'saves.confirmDelete': 'Delete the saved game “{what}”? It cannot be brought back unless you exported it.',
  'saves.imported': '{file} imported: {what}.',
  'saves.importRefused': '{file} is not a saved game of this game: {reason}',
  'saves.damaged':
    'A saved game could not be read: {reason}. It is kept as it was; export it to keep a copy, or delete it.',
  'saves.damagedTitle': 'Damaged save ({date})',
  'saves.full':
    'Storage is full: this game is no longer being saved (last saved at turn {turn}). Export it to a file, or delete old saved games, and it will be saved again.',
  'saves.unavailable':
    'This browser does not let the game save (private mode or storage turned off): export the game to a file to keep it.',
  'saves.manage': 'Manage saved games',
  'saves.dismiss': 'OK',
  'saves.draftsDropped':
    '{count} unsent change(s) in this saved game could not be read and were left out; the turns played are all there.',
  'saves.openFailed': 'This saved game cannot be continued: {reason}. It is kept as it was.',
  'saves.elsewhere':
    'This game is open in another tab or window. This tab will not save it, so that neither overwrites the other: continue there, or take it over here.',
  'saves.takeOver': 'Take it over here',
  'saves.takenOver': 'This game was taken over in another tab: this tab no longer saves it.',
  'saves.newer':
    'This game was saved from another tab since this one opened it: this tab did not overwrite it. Reopen it from the title to continue from there.',
  'saves.backendLocal': 'Saved in this browser (localStorage).',
  'url.noScenario': 'This address asks for scenario {id}, which this game does not have (it has {ids}).',
  'url.badSide': 'This address asks for side {side}; a side is holder or challenger.',
  'url.badOpponent': 'This address asks for opponent {opponent}, which this game does not know.',
  'url.ownSide': 'This address asks for opponent {opponent}, which plays the {side}: the side you play.',
  'choose.shippedId':
    'The scenario id {id} is already used by a scenario shipped with the game, so it was not loaded: change the "id" in your file (for example to "{suggest}") and load it again.',
  'choose.replacedCustom': 'It replaces your earlier file with the same id.',
  'link.damaged':
    'This browser’s copy of a game played by link cannot be read: {reason}. It has been kept as it was, and the link was not opened, so that a move sealed here is not lost. Download the copy to keep it; opening the link anyway keeps the copy aside.',
  'link.damagedDownload': 'Download the damaged copy',
  'link.damagedOpenAnyway': 'Open the link anyway (the copy is kept aside)',
  'link.damagedSetAside': 'Put it aside (it is kept) and go on',
  'link.notKept':
    'Storage is full: this browser could not keep the game by link. Keep this tab open, or free space (delete old saved games) and open the link again; a move you seal now would last only as long as this tab.',
} as const;
