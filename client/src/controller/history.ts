/**
 * Undo / redo as whole-view snapshots: the elements (with positions and classes) and the
 * controller's bookkeeping. Snapshots are cheap next to a layout, even at 5,000 elements.
 */
import type { ElementDefinition } from 'cytoscape';

export interface Snapshot {
  elements: ElementDefinition[];
  seeds: string[];
  expanded: string[];
  addedBy: [string, string][];
}

const MAX_STEPS = 50;

export class History {
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];

  /** Call before a change, with the state the change starts from. */
  record(before: Snapshot): void {
    this.undoStack.push(before);
    if (this.undoStack.length > MAX_STEPS) this.undoStack.shift();
    this.redoStack = [];
  }

  undo(current: Snapshot): Snapshot | null {
    const previous = this.undoStack.pop();
    if (!previous) return null;
    this.redoStack.push(current);
    return previous;
  }

  redo(current: Snapshot): Snapshot | null {
    const next = this.redoStack.pop();
    if (!next) return null;
    this.undoStack.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
}
