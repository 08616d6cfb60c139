import { Counter } from './counter';

export default function Page() {
  return (
    <main>
      <h1>صفحة فارغة</h1>
      <p>{'نص عربي يملأ الفقرة كما يملؤها مقال قصير. '.repeat(20)}</p>
      <Counter />
    </main>
  );
}
