// Starts dynalite in memory on a free loopback port and prints that port on its first line.
// Tables are created and deleted at once, so tests never wait for them. The server stops when
// its standard input closes, which is how the test JVM ends it even if it dies.
const dynalite = require('dynalite');

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', () => {
  console.log('dynalite listening on port ' + server.address().port);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
