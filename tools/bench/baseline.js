// The benchmark's baseline (`make bench`): a minimal hand-written page that computes the same root and CAS
// login address as the widget's first render, so the widget's cost is measured against doing it by hand.
const app = document.getElementById('app');
const label = document.createElement('label');
label.textContent = 'UAI';
const input = document.createElement('input');
input.value = new URLSearchParams(location.search).get('uai') ?? 'toutatice';
const root = document.createElement('code');
const login = document.createElement('code');
root.dataset.address = 'root';
login.dataset.address = 'cas-login';
function update() {
  const rootAddress = `https://${input.value.trim()}.index-education.net/pronote/`;
  root.textContent = rootAddress;
  login.textContent = `https://www.toutatice.fr/casshib/shib/toutatice/login?service=${encodeURIComponent(rootAddress)}`;
}
input.addEventListener('input', update);
label.append(input);
app.append(label, root, login);
update();
performance.mark('pronote-delegation:first-render');
