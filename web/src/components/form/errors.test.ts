import { describe, expect, it } from 'vitest';
import { fieldId } from './errors';

describe('fieldId', () => {
  it('gives every API field its own element id', () => {
    const fields = ['gas_levels.-2', 'gas_levels.2', 'gas_levels.-1', 'gas_levels.1', 'life_areas[2].client_view', 'consent.scope'];
    const ids = fields.map((f) => fieldId('p', f));
    expect(new Set(ids).size).toBe(fields.length);
    expect(fieldId('p', 'life_areas[2].client_view')).toBe('p-life_areas-2-client_view');
  });
});
