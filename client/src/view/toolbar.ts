/** Toolbar: undo / redo, fit, exports, the share link and "Add report". */
import { button } from './dom.ts';

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  fit(): void;
  exportPng(): void;
  exportJson(): void;
  copyLink(): void;
  addReport(): void;
}

export function createToolbar(root: HTMLElement, actions: ToolbarActions) {
  const undo = button('Undo', actions.undo, { attrs: { id: 'undo', title: 'Undo (Ctrl+Z)' } });
  const redo = button('Redo', actions.redo, { attrs: { id: 'redo', title: 'Redo (Ctrl+Shift+Z)' } });
  root.append(
    undo, redo,
    button('Fit', actions.fit, { attrs: { id: 'fit', title: 'Fit the graph to the window' } }),
    button('PNG', actions.exportPng, { attrs: { id: 'export-png', title: 'Export what is shown as PNG' } }),
    button('JSON', actions.exportJson, { attrs: { id: 'export-json', title: 'Export what is shown as JSON' } }),
    button('Copy link', actions.copyLink, { attrs: { id: 'copy-link', title: 'Copy a link to this view' } }),
    button('Add report', actions.addReport, { attrs: { id: 'add-report' } }),
  );
  return {
    update(canUndo: boolean, canRedo: boolean): void {
      undo.disabled = !canUndo;
      redo.disabled = !canRedo;
    },
  };
}
