# Bài kiểm tra trước/sau: mỗi câu như nó sẽ xuất hiện, ai viết, và vì sao nó là lừa đảo hay
# không (hiện sau các câu trả lời ở vòng ôn tập). Cấu trúc nằm trong data/quiz.ron.
# Các câu đi theo cặp (a01-x và a01-y, ...): một tin lừa đảo và một tin thật, cùng vai người gửi,
# cùng giọng, cùng độ dài và cùng loại yêu cầu; chỉ một điểm khác mang tính quyết định. Hãy giữ
# hai tin trong một cặp giống nhau về giọng và gần bằng nhau về độ dài.
# Xưng hô: các cặp a02, a04, a06, a07, a09, b02, b03, b04, b07, b09, k01, k03, k05, k06, k10
# thân mật (mình/bạn); các cặp khác lịch sự (tôi/chúng tôi với bạn, ứng viên và contractor
# gọi người chơi là anh/chị). Phần giải thích (-why) gọi người chơi là bạn.
# Ở các cặp a08–a10, b08–b10 và k09–k12, người chơi là bên tuyển dụng: người viết là ứng viên
# hoặc contractor của công ty người chơi.

## Đề A

quiz-a01-x-from = Marcus (chủ agency)
quiz-a01-x = Chào bạn! Hồ sơ rất ấn tượng. Tôi điều hành một agency phát triển phần mềm nhỏ, nhưng tài khoản Upwork của tôi bị giới hạn ở khu vực tôi sống, nên tôi làm việc với các đối tác: tôi đăng nhập vào tài khoản của bạn và làm dự án, bạn giữ 20 % số tiền kiếm được. Bạn có quan tâm không?
quiz-a01-x-why = Người khác sẽ làm việc dưới cái tên đã xác minh của bạn: đó là cho thuê tài khoản, dù nói bằng cách nào. Nền tảng chỉ thấy bạn, và lệnh khóa cùng rủi ro pháp lý vẫn thuộc về bạn.

quiz-a01-y-from = Ines (chủ agency)
quiz-a01-y = Chào bạn! Hồ sơ rất ấn tượng. Tôi điều hành một agency phát triển phần mềm nhỏ ngay trên Upwork và muốn mời bạn làm thành viên: bạn đăng nhập vào tài khoản của chính bạn và nhận dự án của agency, agency giữ 20 % số tiền kiếm được. Bạn có quan tâm không?
quiz-a01-y-why = Bạn tự làm việc, từ tài khoản của chính mình, trong một agency được lập trên nền tảng. Agency nhận một phần là chuyện bình thường; người khác đăng nhập dưới tên bạn mới là dấu hiệu cảnh báo.

quiz-a02-x-from = Lena (trưởng dự án)
quiz-a02-x = hey, ký hợp đồng xong rồi 🎉 còn một bước cài đặt: bạn cài AnyDesk lên laptop rồi gửi mình mã truy cập nhé, để anh senior dev bên mình cũng làm việc được từ máy bạn khi ảnh online. cảm ơn nha!
quiz-a02-x-why = Người khác làm việc từ máy tính của bạn chính là cốt lõi của mánh làm thay: nền tảng thấy máy và đường truyền của bạn, trong khi một người lạ làm việc. Không khách hàng thật nào cần điều khiển thiết bị của bạn.

quiz-a02-y-from = Tomás (trưởng dự án)
quiz-a02-y = hey, ký hợp đồng xong rồi 🎉 còn một bước cài đặt: bạn cài ứng dụng Upwork cho máy tính lên laptop rồi bật đồng hồ khi làm việc nhé, để giờ làm của bạn hiện trong nhật ký làm việc. cảm ơn nha!
quiz-a02-y-why = Công cụ chấm giờ của chính nền tảng ghi lại công việc của bạn cho hợp đồng của bạn; nó không trao cho ai quyền điều khiển máy tính của bạn. Điểm khác nằm ở chỗ ai làm việc trên máy.

quiz-a03-x-from = Sophie (chuyên viên tuyển dụng IT)
quiz-a03-x = Cảm ơn bạn đã kết nối! Một khách hàng của chúng tôi cần một lập trình viên Python cấp senior. Bạn tham gia phỏng vấn video với camera bật, còn kỹ sư senior của chúng tôi ngồi ngoài khung hình và trả lời các câu hỏi kỹ thuật thay bạn. Hợp đồng sẽ đứng tên bạn.
quiz-a03-x-why = Nếu người khác trả lời thay bạn, khuôn mặt bạn đang bảo lãnh cho một người mà công ty không bao giờ gặp, và hợp đồng đứng tên bạn khiến bạn là người chịu trách nhiệm. Chỉ phỏng vấn với tư cách chính mình, cho công việc của chính mình.

quiz-a03-y-from = Adebayo (chuyên viên tuyển dụng IT)
quiz-a03-y = Cảm ơn bạn đã kết nối! Một khách hàng của chúng tôi cần một lập trình viên Python cấp senior. Bạn tham gia phỏng vấn video với camera bật, còn kỹ sư senior của phía khách hàng vào cuộc gọi và đặt các câu hỏi kỹ thuật cho bạn. Hợp đồng sẽ đứng tên bạn.
quiz-a03-y-why = Một người tuyển dụng muốn thấy bạn qua camera, tự trả lời, cho một hợp đồng đứng tên bạn, là đang tuyển người theo cách bình thường. Dấu hiệu cảnh báo sẽ là có người khác mớm câu trả lời cho bạn.

quiz-a04-x-from = Kofi (khách hàng)
quiz-a04-x = hi! nói nhanh chuyện thanh toán 🙂 tuần này văn phòng bên Mỹ sẽ chuyển $2000 vào tài khoản của bạn. bạn giữ $400 tiền cột mốc, phần còn lại chuyển cho designer bên mình bằng USDT nha, ví mình gửi sau. cảm ơn nha!!
quiz-a04-x-why = Phần lớn số tiền chỉ đi ngang qua tài khoản của bạn trên đường tới người khác. Đó là làm con la tiền cho tội phạm, kể cả khi bạn được trả phí, và rủi ro pháp lý vẫn thuộc về bạn.

quiz-a04-y-from = Mai (khách hàng)
quiz-a04-y = hi! nói nhanh chuyện thanh toán 🙂 tuần này công ty mẹ bên Singapore sẽ chuyển $400 tiền cột mốc vào tài khoản ngân hàng của bạn, nên tên người gửi sẽ trông hơi khác. vậy thôi, cảm ơn nha!!
quiz-a04-y-why = Số tiền là tiền công của chính bạn cho công việc của chính bạn, và không có gì phải chuyển tiếp cho ai. Tên công ty khác trên lệnh chuyển khoản là chuyện thường; chuyển tiền hộ người khác mới là dấu hiệu cảnh báo.

quiz-a05-x-from = Rachel (nhân sự, khách hàng mới)
quiz-a05-x = Chào mừng bạn! Để chuẩn bị trả lương cho bạn với tư cách contractor, bạn vui lòng trả lời email này kèm ảnh hộ chiếu và mã số thuế. Chúng tôi sẽ mở tài khoản nhận tiền đứng tên bạn giúp bạn, để bạn khỏi phải lo giấy tờ.
quiz-a05-x-why = Có hộ chiếu và mã số thuế của bạn, người khác có thể mở tài khoản đứng tên bạn, và đó chính là điều được đề nghị ở đây. Chỉ gửi giấy tờ tùy thân qua một quy trình xác minh do chính bạn bắt đầu, không bao giờ qua email.

quiz-a05-y-from = Jonas (nhân sự, khách hàng mới)
quiz-a05-y = Chào mừng bạn! Để chuẩn bị trả lương cho bạn với tư cách contractor, bạn vui lòng tải hộ chiếu và mẫu khai thuế lên phần onboarding của Deel, qua lời mời trong tài khoản Deel của bạn. Tài khoản nhận tiền bạn sẽ tự thiết lập ở đó.
quiz-a05-y-why = Giấy tờ của bạn đi vào quy trình riêng của một dịch vụ onboarding, và bạn tự mở tài khoản nhận tiền. Gửi giấy tờ qua email để người khác “thiết lập giúp” mới là dấu hiệu cảnh báo.

quiz-a06-x-from = Grace (khách hàng mới)
quiz-a06-x = Cảm ơn bạn đã gửi đề xuất! Mình đã chấp nhận, hợp đồng đang hiệu lực ở đây và cột mốc đầu tiên đã được nạp tiền. Việc hằng ngày thì mình trao đổi trong Telegram của team nhé; hóa đơn và thanh toán vẫn ở đây. Mình gửi link cho bạn.
quiz-a06-x-why = Hợp đồng và cột mốc đã nạp tiền đều đã có trên nền tảng, và thanh toán vẫn ở đó. Sau đó dùng nhóm chat của team cho việc hằng ngày là bình thường; chuyển đi trước khi có hợp đồng mới là dấu hiệu cảnh báo.

quiz-a06-y-from = Viktor (khách hàng mới)
quiz-a06-y = Cảm ơn bạn đã gửi đề xuất! Trước khi tạo gì ở đây, mình chuyển sang Telegram rồi thỏa thuận hợp đồng và thanh toán ở đó nhé; vậy đơn giản hơn, và cả hai đỡ được phí. Mình gửi tên Telegram cho bạn.
quiz-a06-y-why = Rời đi khi chưa có hợp đồng là đưa thỏa thuận, tiền và lịch sử trò chuyện ra khỏi vòng bảo vệ của nền tảng, với một người bạn chưa kiểm chứng. Hãy giữ trao đổi và thanh toán trên nền tảng cho đến khi có hợp đồng.

quiz-a07-x-from = Paulo (studio nhỏ)
quiz-a07-x = hey, thấy bài của bạn trong #freelance 👋 có job nhỏ: test app bản beta, khoảng 5 tiếng mỗi tuần, $300 mỗi tuần. có một điều: app chưa công khai, nên bên mình sẽ thêm NDA vào hợp đồng trên Upwork. nhận không?
quiz-a07-x-why = NDA giữ bí mật cho một sản phẩm chưa ra mắt, và nó nằm trong hợp đồng trên nền tảng, ai cũng thấy. Giấu giếm chính nền tảng mới là dấu hiệu cảnh báo.

quiz-a07-y-from = Nadia (studio nhỏ)
quiz-a07-y = hey, thấy bài của bạn trong #freelance 👋 có job nhỏ: test app bản beta, khoảng 5 tiếng mỗi tuần, $300 mỗi tuần. có một điều: đừng đưa việc này lên Upwork và đừng nhắc với họ, bên mình trả thẳng cho bạn. nhận không?
quiz-a07-y-why = Lời đề nghị giấu công việc khỏi nền tảng bảo vệ người gửi, không phải bạn: không hợp đồng, không lưu vết, không ai giúp nếu tiền không bao giờ tới. Việc làm đàng hoàng thì không sợ công khai.

quiz-a08-x-from = Ethan (ứng viên)
quiz-a08-x = Cảm ơn anh/chị đã đưa tôi vào danh sách rút gọn! Về buổi phỏng vấn: webcam của tôi đang hỏng, mình làm chỉ bằng âm thanh được không ạ? Tôi có thể gửi một tấm ảnh gần đây và trả lời mọi thứ trong khung chat nữa.
quiz-a08-x-why = Webcam hỏng thì có thể xảy ra; dấu hiệu là đề nghị mọi thứ trừ video trực tiếp trước khi được tuyển. Một ứng viên bạn chưa từng thấy mặt có thể không phải là người trong hồ sơ: hãy yêu cầu một buổi gặp qua video trực tiếp.

quiz-a08-y-from = Yuki (ứng viên)
quiz-a08-y = Cảm ơn anh/chị đã đưa tôi vào danh sách rút gọn! Về buổi phỏng vấn: webcam của tôi đang hỏng, mình dời sang thứ năm được không ạ? Thứ tư tôi có webcam mới, hoặc hôm nay tôi có thể vào bằng điện thoại có video.
quiz-a08-y-why = Ứng viên đảm bảo bạn nhìn thấy cô ấy trực tiếp, dù phải đổi ngày hay dùng camera điện thoại. Né video hoàn toàn mới là dấu hiệu cảnh báo.

quiz-a09-x-from = Karim (contractor mới)
quiz-a09-x = hi! háo hức bắt đầu thứ hai quá 🙌 hỏi nhanh: tuần trước mình mới chuyển nhà, IT gửi laptop tới địa chỉ mới của mình được không? mình cập nhật trên cổng HR rồi, vẫn cùng thành phố như trước. cảm ơn nha!
quiz-a09-x-why = Laptop được gửi tới nhà của chính contractor, và địa chỉ mới đã có trong hồ sơ của công ty. Gửi laptop tới địa chỉ của người khác mới là dấu hiệu cảnh báo.

quiz-a09-y-from = Dana (contractor mới)
quiz-a09-y = hi! háo hức bắt đầu thứ hai quá 🙌 hỏi nhanh: IT gửi laptop tới chỗ anh họ mình ở Nevada thay vì nhà mình được không? mình ở với ảnh vài tuần, địa chỉ mình nhắn riêng cho bạn. cảm ơn nha!
quiz-a09-y-why = Gửi laptop công ty tới một địa chỉ khác với địa chỉ nhà đã xác minh khớp với kiểu “trại laptop”, nơi một người giúp sức giữ máy chạy cho những người ở nước ngoài. Chỉ gửi tới địa chỉ trong hợp đồng.

quiz-a10-x-from = Samir (contractor)
quiz-a10-x = Chào anh/chị, cập nhật nhanh trước hóa đơn tháng này: lần này anh/chị vui lòng chuyển vào tài khoản của một người bạn tôi, thông tin bên dưới. Ngân hàng của tôi đang chặn chuyển khoản quốc tế. Cảm ơn!
quiz-a10-x-why = Tiền công phải vào một tài khoản đứng tên chính contractor. Tiền gửi vào tài khoản của người khác là một cách thu nhập của người làm thay rời khỏi đất nước.

quiz-a10-y-from = Hanna (contractor)
quiz-a10-y = Chào anh/chị, cập nhật nhanh trước hóa đơn tháng này: lần này anh/chị vui lòng chuyển vào tài khoản mới đứng tên tôi; tôi đã đổi ngân hàng. Thông tin đã có trong cổng nhà cung cấp của công ty như mọi khi. Cảm ơn!
quiz-a10-y-why = Tài khoản đứng tên chính contractor, và thay đổi đi qua quy trình thường lệ của công ty. Đổi ngân hàng là chuyện có thể xảy ra; chuyển vào tài khoản của người khác mới là dấu hiệu cảnh báo.

## Đề B

quiz-b01-x-from = Claire (khách hàng mới)
quiz-b01-x = Xin chào! Hồ sơ của bạn có đúng những đánh giá mà khách của chúng tôi tìm kiếm. Đội của chúng tôi muốn dùng hồ sơ này cho các dự án: chúng tôi trả bạn $1000 mỗi tháng, và bạn không phải tự làm phần việc nào. Mình bàn chi tiết nhé?
quiz-b01-x-why = Nhận tiền để người khác làm việc dưới đánh giá và tên của bạn là cho thuê tài khoản, đúng kiểu lời mời mà nền tảng cảnh báo. Công việc, lệnh khóa và rủi ro pháp lý đều sẽ truy về bạn.

quiz-b01-y-from = Bilal (khách hàng mới)
quiz-b01-y = Xin chào! Hồ sơ của bạn có đúng những đánh giá mà khách của chúng tôi tìm kiếm. Đội của chúng tôi muốn mời bạn làm các dự án: chúng tôi trả bạn $1000 mỗi tháng cho khoảng mười tiếng mỗi tuần, theo hợp đồng ở đây. Mình bàn chi tiết nhé?
quiz-b01-y-why = Họ muốn thuê bạn làm việc, theo một hợp đồng trên nền tảng. Đánh giá tốt mang lại lời mời tốt là chuyện đúng; trả tiền cho tài khoản của bạn thay vì công việc của bạn mới là dấu hiệu cảnh báo.

quiz-b02-x-from = Ravi (trưởng nhóm)
quiz-b02-x = hey! chào mừng vào team 🎉 để cài đặt: bạn cài Chrome Remote Desktop rồi để laptop bật qua đêm nha, để dev ca đêm bên mình xử lý ticket trên đó. hôm nay vậy là xong!
quiz-b02-x-why = Một người lạ làm việc trên máy của bạn trong lúc bạn ngủ nghĩa là nền tảng thấy bạn trong khi người khác làm việc. Không công việc thật nào cần máy của bạn chạy cho một người khác.

quiz-b02-y-from = Anja (trưởng nhóm)
quiz-b02-y = hey! chào mừng vào team 🎉 để cài đặt: bạn cài trình quản lý mật khẩu của team và bật 2FA, rồi chia sẻ màn hình với mình 5 phút trong cuộc gọi để kiểm tra nha. hôm nay vậy là xong!
quiz-b02-y-why = Khi chia sẻ màn hình, cô ấy chỉ xem bạn thao tác; không ai khác điều khiển máy của bạn, và 2FA bảo vệ chính tài khoản của bạn. Trao quyền điều khiển máy mới là dấu hiệu cảnh báo.

quiz-b03-x-from = Amara (khách hàng)
quiz-b03-x = Cảm ơn bạn vì tuần đầu tuyệt vời! Trước khi khách của mình gia hạn hợp đồng, họ muốn gọi video ngắn với lập trình viên. Bạn vào cuộc gọi, bật camera và giới thiệu về bản thân cùng phần việc của bạn được không? Mười phút thôi.
quiz-b03-x-why = Bạn xuất hiện với tư cách chính mình và nói về công việc của mình. Khách hàng muốn thấy lập trình viên là dấu hiệu tốt; bị yêu cầu xuất hiện dưới tên người khác mới là dấu hiệu cảnh báo.

quiz-b03-y-from = Leo (khách hàng)
quiz-b03-y = Cảm ơn bạn vì tuần đầu tuyệt vời! Trước khi khách của mình gia hạn hợp đồng, họ muốn gọi video ngắn với lập trình viên. Bạn vào cuộc gọi, bật camera và giới thiệu mình là Daniel, tên trong hợp đồng của họ được không? Mười phút thôi.
quiz-b03-y-why = Bạn sẽ đưa mặt mình ra cho tên của người khác, để khách hàng cuối tin rằng họ đã gặp lập trình viên của mình. Chỉ xuất hiện với tư cách chính mình, cho công việc của chính mình.

quiz-b04-x-from = Chloe (khách hàng)
quiz-b04-x = hi! chuyện nhỏ thôi 🙂 bạn mở giúp một tài khoản Wise đứng tên bạn được không? khách bên EU của mình sẽ trả tiền vào đó, bạn giữ 10 % rồi chuyển phần còn lại cho bên mình. rẻ hơn ngân hàng bên mình nhiều. báo mình nha!
quiz-b04-x-why = Một tài khoản đứng tên bạn mà tiền của người khác chảy qua sẽ biến bạn thành người chuyển tiếp, tức là làm con la tiền cho tội phạm, kể cả khi có phí. Chỉ nhận tiền cho công việc của chính bạn.

quiz-b04-y-from = Mateo (khách hàng)
quiz-b04-y = hi! chuyện nhỏ thôi 🙂 bạn mở một tài khoản Wise đứng tên bạn được không? bên mình sẽ trả hóa đơn của bạn vào đó bằng euro, để bạn nhận đủ tiền mà không mất phí PayPal. rẻ hơn nhiều. báo mình nha!
quiz-b04-y-why = Tài khoản chỉ nhận tiền công của chính bạn cho công việc của bạn, và không có gì chuyển đi tiếp. Mở một tài khoản để tiền của người khác đi qua mới là dấu hiệu cảnh báo.

quiz-b05-x-from = Omar (khách hàng mới)
quiz-b05-x = Cảm ơn bạn đã làm bài thử, chúng tôi muốn hợp tác tiếp! Đối tác thanh toán của chúng tôi cần một ảnh selfie bạn cầm căn cước, và ngày sinh của bạn. Bạn vui lòng gửi cả hai qua email trong hôm nay, chúng tôi sẽ thiết lập mọi thứ cho bạn.
quiz-b05-x-why = Ảnh selfie cầm căn cước và ngày sinh là đủ để vượt qua các bước kiểm tra dưới tên bạn. Chỉ xác minh bản thân trong quy trình riêng của nền tảng, không bao giờ gửi giấy tờ cho khách hàng.

quiz-b05-y-from = Freya (khách hàng mới)
quiz-b05-y = Cảm ơn bạn đã làm bài thử, chúng tôi muốn hợp tác tiếp! Tôi đã gửi hợp đồng cho bạn trên Upwork. Nếu Upwork yêu cầu bạn xác minh danh tính bằng căn cước và ảnh selfie, bạn hãy làm ở đó trước, rồi chúng ta bắt đầu.
quiz-b05-y-why = Việc kiểm tra danh tính diễn ra trong quy trình riêng của nền tảng, cho tài khoản của chính bạn; khách hàng không hề thấy giấy tờ của bạn. Gửi giấy tờ cho khách hàng mới là dấu hiệu cảnh báo.

quiz-b06-x-from = Isabel (chuyên viên tuyển dụng)
quiz-b06-x = Chào bạn, cảm ơn đã kết nối! Tôi có một hợp đồng làm từ xa rất hợp với bạn. LinkedIn khá khắt khe với chuyện bàn lương, nên mình chuyển sang WhatsApp luôn nhé, tôi sẽ gửi lời mời và điều khoản thanh toán ở đó. Số của bạn là gì?
quiz-b06-x-why = Chuyển sang một ứng dụng nhắn tin riêng khi bạn chưa biết mình đang làm việc với ai, lại kèm lý do để tránh nền tảng, sẽ không để lại lưu vết và không có ai để bạn nhờ cậy. Hãy kiểm tra người đó và công ty trước.

quiz-b06-y-from = Chinedu (chuyên viên tuyển dụng)
quiz-b06-y = Chào bạn, cảm ơn đã kết nối! Tôi có một hợp đồng làm từ xa rất hợp với bạn. Nếu bạn quan tâm, tuần sau mình gọi nói chuyện 20 phút nhé; tôi sẽ gửi lời mời từ địa chỉ email công ty của tôi. Bạn thấy sao?
quiz-b06-y-why = Lời mời từ địa chỉ công ty có thể đối chiếu với trang web của chính công ty, và chuyện tiền bạc không được chốt ngoài lưu vết. Hối thúc chuyển sang ứng dụng nhắn tin riêng để chốt lời mời và tiền công mới là dấu hiệu cảnh báo.

quiz-b07-x-from = Jamal (người quen ở buổi meetup)
quiz-b07-x = hi, Jamal ở buổi meetup nè 🙂 bên mình cần người nhập liệu cuối tuần, $250 cho khoảng 4 tiếng, việc dễ thôi. nhớ giữ kín chuyện này và xóa đoạn chat sau đó nha, khách khó tính lắm. bạn có hứng không?
quiz-b07-x-why = Lời đề nghị xóa chat và không nói với ai bảo vệ người gửi, không phải bạn: không có lưu vết thì bạn chẳng có gì trong tay nếu có chuyện. Việc làm đàng hoàng thì không sợ công khai.

quiz-b07-y-from = Elena (người quen ở buổi meetup)
quiz-b07-y = hi, Elena ở buổi meetup nè 🙂 bên mình cần người nhập liệu cuối tuần, $250 cho khoảng 4 tiếng, việc dễ thôi. nhớ đừng đăng tên khách ở đâu nha, tháng sau họ mới ra mắt. bạn có hứng không?
quiz-b07-y-why = Giữ kín tên một khách hàng trước ngày ra mắt là chuyện bảo mật bình thường; công việc và đoạn chat vẫn có lưu vết. Giấu chính thỏa thuận, hay xóa đoạn chat, mới là dấu hiệu cảnh báo.

quiz-b08-x-from = Ayesha (ứng viên)
quiz-b08-x = Cảm ơn anh/chị đã mời tôi vào vòng cuối! Mạng ở nhà tôi quá yếu để gọi video, nên mình dời sang thứ ba được không ạ? Tôi sẽ đặt một phòng ở coworking space và vào cuộc gọi có camera từ đó.
quiz-b08-x-why = Ứng viên tìm cách gặp bạn trực tiếp qua camera. Mạng yếu là chuyện có thể xảy ra; thay buổi gặp video bằng thứ khác mới là dấu hiệu cảnh báo.

quiz-b08-y-from = Victor (ứng viên)
quiz-b08-y = Cảm ơn anh/chị đã mời tôi vào vòng cuối! Mạng ở nhà tôi quá yếu để gọi video, nên mình nói chuyện qua điện thoại được không ạ? Tôi sẵn lòng viết code trực tiếp trong một tài liệu chung trong lúc nói chuyện.
quiz-b08-y-why = Viết code trực tiếp không cho bạn thấy ai đang gõ. Một ứng viên né video trước khi được tuyển có thể không phải là người trong hồ sơ: hãy gặp qua video trực tiếp trước.

quiz-b09-x-from = Sven (contractor mới)
quiz-b09-x = hi! laptop tới rồi, cảm ơn nha 🙏 nói thật màn hình bé xíu, nên mình cắm màn hình với bàn phím riêng vào laptop công ty rồi làm trên đó như vậy được không? hỏi trước cho chắc
quiz-b09-x-why = Công việc vẫn nằm trên laptop công ty cùng các thiết lập bảo mật của nó; màn hình và bàn phím không thay đổi điều đó. Bỏ thiết bị công ty để dùng máy riêng mới là dấu hiệu cảnh báo.

quiz-b09-y-from = Zoe (contractor mới)
quiz-b09-y = hi! laptop tới rồi, cảm ơn nha 🙏 nói thật máy riêng của mình nhanh hơn nhiều, nên mình để laptop công ty trong hộp rồi làm trên máy mình, với VPN riêng được không? hỏi trước cho chắc
quiz-b09-y-why = Trên máy riêng, công ty không thấy ai đang làm việc và từ đâu. Khăng khăng dùng máy của mình là một trong những dấu hiệu mà các nhà nghiên cứu bảo mật liệt kê ở người làm thay.

quiz-b10-x-from = Diego (contractor)
quiz-b10-x = Chào anh/chị, có một thay đổi cho hóa đơn tháng ba: anh/chị vui lòng chuyển bằng euro thay vì đô la, vào tài khoản quen thuộc của tôi như trước. Như vậy tôi đỡ phí đổi tiền. Cảm ơn nhiều!
quiz-b10-x-why = Tiền vẫn vào tài khoản quen thuộc đứng tên chính contractor; chỉ đổi loại tiền. Tiền mã hóa hay một tài khoản mới ở nước ngoài mới là dấu hiệu cảnh báo.

quiz-b10-y-from = Tanya (contractor)
quiz-b10-y = Chào anh/chị, có một thay đổi cho hóa đơn tháng ba: anh/chị vui lòng chuyển một nửa vào tài khoản quen thuộc của tôi, một nửa bằng USDT vào ví bên dưới. Như vậy tôi đỡ phí đổi tiền. Cảm ơn nhiều!
quiz-b10-y-why = Trả một phần tiền công bằng tiền mã hóa là đưa nó tới nơi không ai thấy nó thuộc về ai. Chỉ trả vào tài khoản đứng tên chính contractor, và kiểm tra mọi thay đổi thông tin.

## Kho câu cho vòng ôn tập

quiz-k01-x-from = Sun-hee (trưởng dự án)
quiz-k01-x = hey, tin vui nè: bên mình cần thêm một designer 🙂 chị/em gái bạn còn làm freelance không? bạn ấy có thể ứng tuyển vào tin đăng của bên mình trên Upwork bằng hồ sơ của chính bạn ấy, bên mình rất muốn xem portfolio. mức giá như của bạn
quiz-k01-x-why = Chị hay em gái bạn sẽ tự ứng tuyển, bằng hồ sơ của chính mình, cho công việc của chính mình. Giới thiệu người khác là bình thường; xin giấy tờ của người thân để mở tài khoản mới là dấu hiệu cảnh báo.

quiz-k01-y-from = Ahmed (trưởng dự án)
quiz-k01-y = hey, tin không vui: upwork khóa tài khoản của bạn rồi 😕 nhưng mình vẫn làm tiếp được. chị em hay anh em họ của bạn có căn cước không? họ mở tài khoản mới, phần còn lại bên mình lo, tiền của bạn vẫn như cũ
quiz-k01-y-why = Sau khi bị khóa, mánh này cần một danh tính mới, và người tiếp theo bị nhắm tới là gia đình bạn. Đừng kéo ai vào; thay vào đó hãy cảnh báo những người thân của bạn.

quiz-k02-x-from = Greg (khách hàng)
quiz-k02-x = Chào mừng bạn đến với dự án! Với hợp đồng theo giờ này, bạn vui lòng cài ứng dụng Upwork cho máy tính và ghi giờ làm bằng nó, để giờ làm được chính sách bảo vệ thanh toán theo giờ của Upwork bảo đảm. Cảm ơn bạn!
quiz-k02-x-why = Công cụ chấm giờ của nền tảng ghi lại giờ làm của chính bạn cho hợp đồng của bạn và không trao cho ai quyền điều khiển máy của bạn. Một công cụ điều khiển từ xa mới là dấu hiệu cảnh báo.

quiz-k02-y-from = Natalia (khách hàng)
quiz-k02-y = Chào mừng bạn đến với dự án! Theo chính sách bảo mật của Upwork, bạn vui lòng cài TeamViewer và gửi tôi ID cùng mật khẩu của nó, để đội bảo mật của chúng tôi kiểm tra thiết lập máy bạn trước khi bắt đầu. Cảm ơn bạn!
quiz-k02-y-why = Không chính sách nền tảng nào đòi một công cụ điều khiển từ xa, và ID cùng mật khẩu sẽ cho người khác dùng máy của bạn. Đã có vụ lừa đảo viện dẫn đúng “chính sách bảo mật của Upwork” này.

quiz-k03-x-from = Ruth (trưởng nhóm)
quiz-k03-x = chào buổi sáng! lát nữa bạn sẽ nhận SMS có mã đăng nhập vào tài khoản công ty của khách hàng. cứ chuyển tiếp mã cho mình ở đây nha, hôm nay mình là người dùng tài khoản đó 🙏
quiz-k03-x-why = Chuyển tiếp mã sẽ cho người khác vượt qua bước kiểm tra đăng nhập với danh nghĩa bạn, và mọi việc họ làm đều truy về bạn. Chỉ xác nhận những lần đăng nhập của chính bạn.

quiz-k03-y-from = Minh (trưởng nhóm)
quiz-k03-y = chào buổi sáng! lát nữa bạn sẽ nhận SMS có mã đăng nhập vào tài khoản công ty mới của bạn. cứ tự nhập mã trên trang đăng nhập nha, vậy là hôm nay bạn sẵn sàng rồi 🙏
quiz-k03-y-why = Bạn xác nhận lần đăng nhập của chính mình vào tài khoản của chính mình, và mã vẫn ở trong tay bạn. Bị nhờ chuyển mã cho người khác mới là dấu hiệu cảnh báo.

quiz-k04-x-from = Patrick (khách hàng)
quiz-k04-x = Chào bạn! Cùng với cột mốc này, chúng tôi sẽ gửi thêm cho bạn $1500. Bạn vui lòng dùng số tiền đó mua USDT trong tuần này và gửi vào ví của nhà cung cấp bên tôi; bạn giữ $150 cho công sức của mình. Thông tin ví có trong tệp đính kèm.
quiz-k04-x-why = Dùng tiền của khách mua tiền mã hóa rồi gửi đi khiến bạn thành một mắt xích trong đường đi của dòng tiền. Nền tảng cấm việc này, và rủi ro vẫn thuộc về bạn.

quiz-k04-y-from = Sofia (khách hàng)
quiz-k04-y = Chào bạn! Cùng với cột mốc này, chúng tôi sẽ gửi thêm cho bạn $150 để bù tiền chiếc điện thoại thử nghiệm bạn đã mua cho dự án. Khi nộp cột mốc, bạn vui lòng đính kèm hóa đơn mua hàng. Cảm ơn bạn đã lo việc đó!
quiz-k04-y-why = Khoản tiền thêm hoàn lại chi phí của chính bạn cho dự án, có lưu vết, và không có gì phải chuyển đi. Tiền mà bạn phải chuyển tiếp cho người khác mới là dấu hiệu cảnh báo.

quiz-k05-x-from = Oleh (khách hàng mới)
quiz-k05-x = hey, sắp cài đặt xong rồi 👍 bước cuối: bạn tải căn cước lên phần onboarding của Deel, cả mặt trước và mặt sau, để Deel xác minh bạn cho hợp đồng. xong là họ gửi email báo bạn
quiz-k05-x-why = Căn cước của bạn đi vào bước kiểm tra riêng của một dịch vụ onboarding, cho hợp đồng của chính bạn. Gửi ảnh căn cước cho một người để xác minh tài khoản của người khác mới là dấu hiệu cảnh báo.

quiz-k05-y-from = Lina (khách hàng mới)
quiz-k05-y = hey, sắp cài đặt xong rồi 👍 bước cuối: bạn gửi ảnh căn cước vào đây, cả mặt trước và mặt sau, để đối tác của mình xác minh tài khoản của anh ấy trên trang thanh toán. anh ấy sẽ xóa ngay sau đó
quiz-k05-y-why = Căn cước của bạn sẽ xác minh tài khoản của người khác: giấy tờ của bạn bảo lãnh cho một người bạn không nhìn thấy. Chỉ xác minh chính bạn, trong quy trình riêng của nền tảng.

quiz-k06-x-from = Martin (quản lý tuyển dụng)
quiz-k06-x = Chào bạn! Hồ sơ của bạn hợp với vị trí React đang tuyển bên mình. Đội tuyển dụng bên mình làm toàn bộ quy trình trên Telegram, cả phỏng vấn lẫn hợp đồng, nên bạn nhắn mình ở đó nhé, hôm nay mình bắt đầu luôn. Tên Telegram của mình có trong hồ sơ.
quiz-k06-x-why = Một công ty làm toàn bộ việc tuyển dụng và hợp đồng trong một ứng dụng nhắn tin riêng thì không thể kiểm chứng, và bạn không có lưu vết nào. Hãy kiểm tra công ty qua trang web của chính họ trước.

quiz-k06-y-from = Keiko (quản lý tuyển dụng)
quiz-k06-y = Chào bạn! Hồ sơ của bạn hợp với vị trí React đang tuyển bên mình. Đội tuyển dụng bên mình làm toàn bộ quy trình qua trang tuyển dụng của công ty, cả phỏng vấn lẫn hợp đồng, nên bạn ứng tuyển ở đó và ghi tên mình nhé. Link có trên trang công ty.
quiz-k06-y-why = Quy trình đi qua trang web của chính công ty, thứ có thể kiểm chứng. Hối thúc chuyển sang ứng dụng nhắn tin riêng khi bạn chưa biết mình đang làm việc với ai mới là dấu hiệu cảnh báo.

quiz-k07-x-from = Fatima (khách hàng mới)
quiz-k07-x = Tin vui, bạn được nhận rồi! Chúng tôi sẽ gửi một laptop công ty tới nhà bạn. Bạn vui lòng cắm điện và giữ máy online trong giờ làm việc ở Mỹ; đội của chúng tôi sẽ đăng nhập vào máy từ xa. Phần việc đó được trả $300 mỗi tháng.
quiz-k07-x-why = Nhận tiền để giữ laptop chạy cho người khác là vận hành một “trại laptop”: người khác làm việc qua đường truyền ở nhà bạn. Những người từng làm vậy đã bị truy tố.

quiz-k07-y-from = Ben (khách hàng mới)
quiz-k07-y = Tin vui, bạn được nhận rồi! Chúng tôi sẽ gửi một laptop công ty tới nhà bạn. Bạn vui lòng dùng máy này cho mọi việc của dự án; đội IT của chúng tôi sẽ cài các bản cập nhật bảo mật từ xa. Giờ làm của bạn đi qua hợp đồng này.
quiz-k07-y-why = Bạn tự làm việc trên laptop, còn IT chỉ giữ máy được cập nhật. Giữ một thiết bị online để người khác làm việc trên đó mới là dấu hiệu cảnh báo.

quiz-k08-x-from = Arnav (khách hàng)
quiz-k08-x = Cảm ơn bạn, công việc đã được duyệt! Nhờ bạn một việc: hãy xóa các tin nhắn về cách thanh toán khỏi đoạn chat này, và đừng nhắc đến nếu bộ phận hỗ trợ của Upwork có hỏi. Như vậy mọi thứ đơn giản cho cả hai.
quiz-k08-x-why = Xóa lưu vết và giấu nền tảng là bảo vệ người gửi, không phải bạn. Hãy giữ lịch sử trò chuyện; nếu thấy có gì không ổn, hãy hỏi nền tảng.

quiz-k08-y-from = Helen (khách hàng)
quiz-k08-y = Cảm ơn bạn, công việc đã được duyệt! Nhờ bạn một việc: hãy xóa tệp dữ liệu khách hàng tôi gửi để bạn thử nghiệm khỏi máy tính của bạn, theo yêu cầu của chính sách quyền riêng tư bên tôi. Như vậy mọi thứ đơn giản cho cả hai.
quiz-k08-y-why = Xóa dữ liệu khách hàng sau khi xong việc là bảo vệ khách hàng; đoạn chat và hợp đồng vẫn có lưu vết. Xóa đoạn chat hay giấu nền tảng điều gì đó mới là dấu hiệu cảnh báo.

quiz-k09-x-from = Joanna (ứng viên)
quiz-k09-x = Câu hỏi hay ạ! LinkedIn của tôi vẫn để họ thời con gái, Nowak; tôi chỉ chưa cập nhật thôi. Trên Upwork là họ sau khi kết hôn, theo bước xác minh danh tính. Nếu anh/chị muốn, tuần này tôi có thể bắt đầu.
quiz-k09-x-why = Một thay đổi, có giải thích, với cái tên đã được xác minh trên nền tảng. Một lý lịch khác nhau giữa các hồ sơ, hay một hồ sơ do người khác quản lý, mới là dấu hiệu cảnh báo.

quiz-k09-y-from = Kevin (ứng viên)
quiz-k09-y = Câu hỏi hay ạ! Hồ sơ LinkedIn có trường học và công ty cũ khác là do agency của tôi lập; tôi hầu như không dùng nó. Hồ sơ trên Upwork mới là tôi. Nếu anh/chị muốn, tuần này tôi có thể bắt đầu.
quiz-k09-y-why = Học vấn và quá trình làm việc khác nhau giữa các hồ sơ, cùng một hồ sơ do người khác lập, cho thấy một danh tính đi mượn hoặc bịa ra. Hãy đối chiếu các hồ sơ trước khi tuyển.

quiz-k10-x-from = Tariq (contractor)
quiz-k10-x = hey! hỏi nhanh chuyện giấy tờ 🙏 tháng này bên kế toán trả hóa đơn của mình sớm một tuần được không? mình phải đặt cọc căn hộ mới, vẫn tài khoản cũ như mọi khi. báo mình nha, cảm ơn!!
quiz-k10-x-why = Trả sớm vào tài khoản quen thuộc đứng tên chính contractor không thay đổi gì về nơi tiền đi tới. Trả vào tài khoản của người khác mới là dấu hiệu cảnh báo.

quiz-k10-y-from = Carmen (contractor)
quiz-k10-y = hey! hỏi nhanh chuyện giấy tờ 🙏 tháng này bên kế toán trả hóa đơn của mình vào tài khoản của anh trai mình được không? tài khoản mình bị khóa vài tuần, chuyện ngân hàng. mình nhắn riêng thông tin của ảnh, cảm ơn!!
quiz-k10-y-why = Tiền công chỉ nên vào tài khoản đứng tên chính contractor. Tiền gửi vào tài khoản của người khác là một cách thu nhập của người làm thay chảy đi.

quiz-k11-x-from = Nkechi (ứng viên)
quiz-k11-x = Xin lỗi anh/chị, camera của tôi cứ bị đứng hình với kết nối này. Tôi sẽ vào lại bằng điện thoại để anh/chị vẫn thấy tôi. Anh/chị cho tôi một phút, tôi quay lại ngay.
quiz-k11-x-why = Ứng viên vẫn giữ camera bật, kể cả khi kết nối yếu. Tắt video cho đến hết buổi phỏng vấn mới là dấu hiệu cảnh báo.

quiz-k11-y-from = Jake (ứng viên)
quiz-k11-y = Xin lỗi anh/chị, camera của tôi cứ bị đứng hình với kết nối này. Tôi sẽ tắt nó đi để âm thanh được rõ. Anh/chị cứ hỏi câu tiếp theo, tôi vẫn nghe rõ.
quiz-k11-y-why = Camera tắt trong buổi phỏng vấn nghĩa là bạn không bao giờ thấy ai đang trả lời. Hãy đề nghị tiếp tục bằng video, dù phải hẹn lại buổi khác.

quiz-k12-x-from = Felix (contractor mới)
quiz-k12-x = Chào anh/chị! Cảm ơn vì bộ tài liệu onboarding. Trước khi gửi laptop: IT có thể gửi nó tới văn phòng công ty thay vì nhà tôi không ạ? Tôi đang giữa hai lần chuyển nhà, và có thể tự đến lấy ở đó vào thứ hai. Trân trọng
quiz-k12-x-why = Laptop được gửi tới chính văn phòng công ty, và contractor tự đến nhận. Gửi laptop cho một dịch vụ chuyển tiếp hàng hay một người thứ ba mới là dấu hiệu cảnh báo.

quiz-k12-y-from = Olga (contractor mới)
quiz-k12-y = Chào anh/chị! Cảm ơn vì bộ tài liệu onboarding. Trước khi gửi laptop: IT có thể gửi nó tới địa chỉ dịch vụ chuyển tiếp bưu kiện của tôi thay vì nhà tôi không ạ? Tôi đang giữa hai lần chuyển nhà, và bên đó sẽ gửi tiếp mọi thứ cho tôi. Trân trọng
quiz-k12-y-why = Với một địa chỉ chuyển tiếp, không ai biết laptop sẽ đi về đâu. Chỉ gửi thiết bị công ty tới địa chỉ nhà đã xác minh, hoặc trao tận tay.

quiz-k13-x-from = Tomás (chuyên viên tuyển dụng)
quiz-k13-x = Rất vui được kết nối! Buổi phỏng vấn là 10 giờ sáng mai. Chúng tôi dùng ứng dụng họp bảo mật riêng: bạn vui lòng tải nó qua đường dẫn bên dưới và đăng nhập trước giờ gọi để video chạy được. Hẹn gặp bạn!
quiz-k13-x-why = Một buổi phỏng vấn thật diễn ra trên ứng dụng họp mà mọi người vốn đã có. Một “ứng dụng riêng” tải từ đường dẫn của người tuyển dụng sẽ chạy chương trình của họ trên máy bạn: đó là cách các buổi phỏng vấn giả cài phần mềm đánh cắp.

quiz-k13-y-from = Ines (chuyên viên tuyển dụng)
quiz-k13-y = Rất vui được kết nối! Buổi phỏng vấn là 10 giờ sáng mai. Chúng tôi dùng Google Meet: đường dẫn bên dưới mở nó ngay trên trình duyệt, không cần cài gì. Nếu video trục trặc, bạn chỉ cần vào lại. Hẹn gặp bạn!
quiz-k13-y-why = Cuộc gọi chạy trên một ứng dụng phổ biến, ngay trong trình duyệt, và cách sửa kết nối kém là vào lại. Không có gì của người tuyển dụng chạy trên máy bạn.

quiz-k14-x-from = Priya (quản lý tuyển dụng)
quiz-k14-x = cảm ơn bạn đã làm bài! còn một việc trước thứ sáu: đẩy bài lên một repo mới trên GitHub của chính bạn rồi gửi mình đường dẫn. mình sẽ cùng xem qua trong cuộc gọi chia sẻ màn hình nhé 👍
quiz-k14-x-why = Mã nằm trong kho của chính bạn và được xem xét qua cuộc gọi. Bạn không chạy thứ gì do họ viết.

quiz-k14-y-from = Ravi (quản lý tuyển dụng)
quiz-k14-y = cảm ơn bạn đã làm bài! còn một việc trước thứ sáu: clone repo của bọn mình, chạy npm install và npm start rồi sửa lỗi ở trang đăng nhập. mình sẽ cùng xem qua trong cuộc gọi chia sẻ màn hình nhé 👍
quiz-k14-y-why = Cài đặt và khởi chạy dự án của người tuyển dụng nghĩa là chạy mã của họ, với mọi thứ có trên máy bạn. Các bài kiểm tra giả đã phát tán phần mềm đánh cắp theo cách này từ năm 2022.
