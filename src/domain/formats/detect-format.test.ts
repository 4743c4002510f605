import { describe, expect, it } from 'vitest';
import { detectFormat, xmlRootName } from './detect-format';

describe('detectFormat', () => {
  it('reads XML by its root element, past the declaration, comments and a DOCTYPE, whatever the name', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<!--Created by yEd 3.23.2-->\n<graphml xmlns="x">', 'routes.xml')).toEqual({ format: 'graphml' });
    expect(detectFormat('\uFEFF<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "b">]><gexf version="1.3">', 'export')).toEqual({ format: 'gexf' });
    expect(detectFormat('<gexf:gexf xmlns:gexf="http://gexf.net/1.3">', 'misnamed.graphml')).toEqual({ format: 'gexf' });
  });

  it('lets the name decide when the content does not (so a broken file is reported by its own reader)', () => {
    expect(detectFormat('<svg/>', 'broken.gexf')).toEqual({ format: 'gexf' });
    expect(detectFormat('nodes,edges', 'broken.json')).toEqual({ format: 'json' });
    expect(detectFormat('', 'empty.graphml')).toEqual({ format: 'graphml' });
    expect(detectFormat('{"schemaVersion": 3', 'graph')).toEqual({ format: 'json' });
  });

  it('says what a file that is none of them is', () => {
    expect(detectFormat('<svg xmlns="http://www.w3.org/2000/svg">', 'drawing.svg')).toEqual({ format: null, reason: 'an XML file whose root element is <svg>' });
    expect(detectFormat('source,target\nA,B\n', 'edges.csv')).toEqual({ format: null, reason: 'a text file that starts with "source,target A,B"' });
    expect(detectFormat('\u0000\u0001PK', 'graph.zip')).toEqual({ format: null, reason: 'not a text file' });
    expect(detectFormat(' \n', 'notes.txt')).toEqual({ format: null, reason: 'empty' });
  });
});

describe('xmlRootName', () => {
  it('is null when the root is not within the text given', () => {
    expect(xmlRootName('<?xml version="1.0"?><!-- a long comment')).toBeNull();
    expect(xmlRootName('<graphml>')).toBe('graphml');
  });
});
