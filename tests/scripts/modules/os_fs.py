import os
import os.path
from os.path import join, exists

here = os.path.dirname(os.path.abspath(__file__))

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

tests = [
    ("exists(join(here, 'os_fs.py'))", lambda: exists(join(here, 'os_fs.py'))),
    ("exists(join(here, 'no_such_file.py'))", lambda: exists(join(here, 'no_such_file.py'))),
    ("os.path.isfile(join(here, 'os_fs.py'))", lambda: os.path.isfile(join(here, 'os_fs.py'))),
    ("os.path.isdir(join(here, 'os_fs.py'))", lambda: os.path.isdir(join(here, 'os_fs.py'))),
    ('os.path.isdir(here)', lambda: os.path.isdir(here)),
    ('os.path.isfile(here)', lambda: os.path.isfile(here)),
    ("os.path.exists('/tmp')", lambda: os.path.exists('/tmp')),
    ("os.path.isdir('/tmp')", lambda: os.path.isdir('/tmp')),
    ("os.path.exists('')", lambda: os.path.exists('')),
    ("os.path.exists('/tmp\\0x')", lambda: os.path.exists('/tmp\0x')),
    ("os.path.isdir('/tmp\\0x')", lambda: os.path.isdir('/tmp\0x')),
    ("os.path.exists(b'/tmp')", lambda: os.path.exists(b'/tmp')),
    ('os.path.exists(None)', lambda: os.path.exists(None)),
    ('os.path.exists(1.5)', lambda: os.path.exists(1.5)),
    ('os.path.isfile(None)', lambda: os.path.isfile(None)),
    ('os.path.exists()', lambda: os.path.exists()),
    ("os.path.getsize(join(here, 'os_fs.py')) > 100", lambda: os.path.getsize(join(here, 'os_fs.py')) > 100),
    ("os.path.getsize('/no/such/file')", lambda: os.path.getsize('/no/such/file')),
    ("'os_fs.py' in os.listdir(here)", lambda: 'os_fs.py' in os.listdir(here)),
    ("os.listdir('/no/such/dir')", lambda: os.listdir('/no/such/dir')),
    ('os.listdir(1.5)', lambda: os.listdir(1.5)),
    ('os.sep', lambda: os.sep),
    ('os.linesep', lambda: os.linesep),
    ('os.curdir', lambda: os.curdir),
    ('os.pardir', lambda: os.pardir),
    ('os.name', lambda: os.name),
    ('os.pathsep', lambda: os.pathsep),
    ('type(os.getcwd()).__name__', lambda: type(os.getcwd()).__name__),
    ('os.path.isabs(os.getcwd())', lambda: os.path.isabs(os.getcwd())),
    ('os.getcwd(1)', lambda: os.getcwd(1)),
    ('os.getcwd(x=1)', lambda: os.getcwd(x=1)),
    ("os.environ.get('BATON_SURELY_UNSET_VAR')", lambda: os.environ.get('BATON_SURELY_UNSET_VAR')),
    ("os.environ.get('BATON_SURELY_UNSET_VAR', 'dflt')", lambda: os.environ.get('BATON_SURELY_UNSET_VAR', 'dflt')),
    ("'PATH' in os.environ", lambda: 'PATH' in os.environ),
    ("os.environ['PATH'] == os.getenv('PATH')", lambda: os.environ['PATH'] == os.getenv('PATH')),
    ("os.getenv('BATON_SURELY_UNSET_VAR', 'x')", lambda: os.getenv('BATON_SURELY_UNSET_VAR', 'x')),
    ("os.getenv('BATON_SURELY_UNSET_VAR')", lambda: os.getenv('BATON_SURELY_UNSET_VAR')),
    ("os.environ['BATON_SURELY_UNSET_VAR']", lambda: os.environ['BATON_SURELY_UNSET_VAR']),
    ('os.path is os.path', lambda: os.path is os.path),
    ('join is os.path.join', lambda: join is os.path.join),
    ('os.path.sep', lambda: os.path.sep),
]
for label, f in tests:
    show(label, f)
import os.path as p
print(p.join('x', 'y'), p is os.path)
from os import path
print(path.basename('/q/r'), path is os.path)
