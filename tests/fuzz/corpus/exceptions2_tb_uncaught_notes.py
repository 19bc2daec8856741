# exceptions2: notes added with add_note print after the exception line of an uncaught traceback [exit 1]
def validate(record):
    if 'id' not in record:
        err = KeyError('id')
        err.add_note('record: %r' % (record,))
        err.add_note('hint: every record needs an id\nsee the schema')
        raise err
    return record['id']

print(validate({'id': 7}))
try:
    validate({})
except KeyError as e:
    print('notes:', e.__notes__)
validate({'name': 'x'})
